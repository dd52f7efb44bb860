using Zhixin.Credit;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;

// The credit module's entry in the platform's navigation and on its home page.
[assembly: ModuleNavigation(CreditRoutes.Pages, typeof(CreditText), "Nav.Credit", DescriptionKey = "Nav.CreditDescription", Order = 170, Policy = Policies.CreditRead)]
// A department official reads credit through its grants; its page is the watchlist.
[assembly: ModuleNavigation(CreditRoutes.SharingWatchlist, typeof(CreditText), "Nav.Watchlist", DescriptionKey = "Nav.WatchlistDescription", Order = 171, Policy = Policies.CreditShareOfficial)]

using Zhixin.Credit;
using Zhixin.Platform.Pages.Support;

// The credit module's entry in the platform's navigation and on its home page.
[assembly: ModuleNavigation(CreditRoutes.Pages, typeof(CreditText), "Nav.Credit", DescriptionKey = "Nav.CreditDescription", Order = 170)]

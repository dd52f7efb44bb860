using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;
using Zhixin.Plans;

// The plans module's entry in the platform's navigation and on its home page.
[assembly: ModuleNavigation(PlansRoutes.Plans, typeof(PlansText), "Nav.Plans", DescriptionKey = "Nav.PlansDescription", Order = 200, Policy = Policies.PlansRead)]

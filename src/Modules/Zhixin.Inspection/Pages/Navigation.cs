using Zhixin.Inspection;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;

// The spot-check module's entry in the platform's navigation and on its home page.
[assembly: ModuleNavigation(InspectionRoutes.Pages, typeof(InspectionText), "Nav.Inspection", DescriptionKey = "Nav.InspectionDescription", Order = 150, Policy = Policies.InspectionRead)]

using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;
using Zhixin.Register;

// The register's entries in the platform's navigation and on its home page.
[assembly: ModuleNavigation(RegisterRoutes.Enterprises, typeof(RegisterText), "Nav.Enterprises", DescriptionKey = "Nav.EnterprisesDescription", Order = 100, Policy = Policies.RegisterRead)]
[assembly: ModuleNavigation(RegisterRoutes.Products, typeof(RegisterText), "Nav.Products", DescriptionKey = "Nav.ProductsDescription", Order = 110, Policy = Policies.RegisterRead)]

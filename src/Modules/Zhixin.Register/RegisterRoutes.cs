namespace Zhixin.Register;

/// <summary>Routes of the register, used by endpoints, pages and tests.</summary>
public static class RegisterRoutes
{
    public const string Api = "/api/v1/register";
    public const string ApiEnterprises = Api + "/enterprises";
    public const string ApiEnterpriseImport = ApiEnterprises + "/import";
    public const string ApiEnterpriseExport = ApiEnterprises + "/export";
    public const string ApiImports = Api + "/imports";
    public const string ApiProducts = Api + "/products";
    public const string ApiProductCategories = Api + "/product-categories";
    public const string ApiIndustries = Api + "/industries";

    public const string Enterprises = "/register/enterprises";
    public const string NewEnterprise = "/register/enterprises/new";
    public const string ImportEnterprises = "/register/enterprises/import";
    public const string Products = "/register/products";
    public const string NewProduct = "/register/products/new";

    public static string ApiEnterprise(Guid id) => $"{ApiEnterprises}/{id}";

    public static string ApiEnterpriseByCode(string creditCode) => $"{ApiEnterprises}/by-code/{Uri.EscapeDataString(creditCode)}";

    public static string ApiEnterpriseVoid(Guid id) => $"{ApiEnterprises}/{id}/void";

    public static string ApiImportErrors(Guid batchId) => $"{ApiImports}/{batchId}/errors.csv";

    public static string ApiProduct(Guid id) => $"{ApiProducts}/{id}";

    public static string ApiProductVoid(Guid id) => $"{ApiProducts}/{id}/void";

    public static string Enterprise(Guid id) => $"{Enterprises}/{id}";

    public static string EditEnterprise(Guid id) => $"{Enterprises}/{id}/edit";

    public static string Product(Guid id) => $"{Products}/{id}";

    public static string EditProduct(Guid id) => $"{Products}/{id}/edit";

}

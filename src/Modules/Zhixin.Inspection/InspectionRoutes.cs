namespace Zhixin.Inspection;

/// <summary>Routes of the spot-check module (监督抽查), used by endpoints, pages and tests.</summary>
public static class InspectionRoutes
{
    public const string Api = "/api/v1/inspection";
    public const string ApiCatalogue = Api + "/catalogue";
    public const string ApiEditions = Api + "/catalogue/editions";
    public const string ApiPlans = Api + "/plans";
    public const string ApiBatches = Api + "/batches";
    public const string ApiInspectors = Api + "/inspectors";
    public const string ApiResultsImport = Api + "/batches/results/import";
    public const string ApiPassRates = Api + "/statistics/pass-rates";
    public const string ApiPassRatesExport = Api + "/statistics/pass-rates.xlsx";
    public const string ApiTrend = Api + "/statistics/trend";
    public const string ApiNetContent = Api + "/net-content";
    public const string ApiPublic = Api + "/public/batches";

    public const string Pages = "/inspection";
    public const string Catalogue = Pages + "/catalogue";
    public const string Plans = Pages + "/plans";
    public const string NewPlan = Pages + "/plans/new";
    public const string Batches = Pages + "/batches";
    public const string NewBatch = Pages + "/batches/new";
    public const string ImportResults = Pages + "/batches/import";
    public const string Inspectors = Pages + "/inspectors";
    public const string Statistics = Pages + "/statistics";
    public const string NetContent = Pages + "/net-content";
    public const string PublicResults = Pages + "/public";

    public static string ApiEditionProduct(string edition, string product) => $"{ApiCatalogue}/{Uri.EscapeDataString(edition)}/products/{Uri.EscapeDataString(product)}";

    public static string ApiPlan(Guid id) => $"{ApiPlans}/{id}";

    public static string ApiPlanPublish(Guid planId) => $"{ApiPlans}/{planId}/publish";

    public static string ApiAllocation(Guid planId) => $"{ApiPlans}/{planId}/allocation";

    public static string ApiAllocationRow(Guid planId, Guid allocationId) => $"{ApiPlans}/{planId}/allocation/{allocationId}";

    public static string ApiDraws(Guid allocationId) => $"{Api}/allocations/{allocationId}/draws";

    public static string ApiDraw(Guid drawId) => $"{Api}/draws/{drawId}";

    public static string ApiDrawExecute(Guid drawId) => $"{Api}/draws/{drawId}/draw";

    public static string ApiDrawVerify(Guid drawId) => $"{Api}/draws/{drawId}/verify";

    public static string ApiInspectorActive(Guid id) => $"{ApiInspectors}/{id}/active";

    public static string ApiBatch(Guid id) => $"{ApiBatches}/{id}";

    public static string ApiBatchResults(Guid id) => $"{ApiBatches}/{id}/results";

    public static string ApiBatchSteps(Guid id) => $"{ApiBatches}/{id}/follow-up";

    public static string ApiBatchPublish(Guid id) => $"{ApiBatches}/{id}/publish";

    public static string Plan(Guid id) => $"{Plans}/{id}";

    public static string Draw(Guid id) => $"{Pages}/draws/{id}";

    public static string Batch(Guid id) => $"{Batches}/{id}";

    public static string NetContentCheck(Guid id) => $"{NetContent}/{id}";

    public const string NewNetContentCheck = NetContent + "/new";

    public static string ApiNetContentCheck(Guid id) => $"{ApiNetContent}/{id}";

    public static string BatchResults(Guid id) => $"{Batch(id)}/results";
}

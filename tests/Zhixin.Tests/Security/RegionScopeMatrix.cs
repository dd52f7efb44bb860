using System.Net;
using System.Net.Http.Json;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Zhixin.Inspection;
using Zhixin.Plans;
using Zhixin.Register;
using Zhixin.Tests.Inspection.Batches;

namespace Zhixin.Tests.Security;

/// <summary>What a county official (厦门市湖里区) may see of another county's (厦门市思明区) records.</summary>
internal sealed partial record ScopeContext(Guid EnterpriseId, string CreditCode, string Name, Guid ProductId, Guid RejectedBatchId, PlanScope Plan, InspectionScope Inspection)
{
    public CreditApiScope? CreditApi { get; init; }
}

/// <summary>One endpoint, how to aim it at the other county's records, and what must come back.</summary>
internal sealed record Probe(string Method, string Pattern, Func<ScopeContext, HttpRequestMessage> Request, Func<HttpResponseMessage, ScopeContext, Task> Expect)
{
    /// <summary>For a page's form post: a page the prober can open, whose antiforgery token the form is sent with, as a browser sends it.</summary>
    public string? TokenFrom { get; init; }
}

/// <summary>
/// Every endpoint of the platform, each with its probe. A new endpoint without a line here fails
/// <see cref="RegionScopeMatrixTests.Matrix_WhenEndpointsEnumerated_CoversEveryEndpoint"/>.
/// </summary>
internal static class RegionScopeMatrix
{
    /// <summary>Endpoints that serve no region-scoped data, with the reason.</summary>
    public static readonly IReadOnlyDictionary<string, string> Unscoped = new Dictionary<string, string>
    {
        ["POST /api/v1/account/sign-in"] = "signs the caller in; returns only the caller's own account",
        ["POST /api/v1/account/sign-out"] = "signs the caller out",
        ["GET /api/v1/account/me"] = "the caller's own account",
        ["GET /health"] = "public health check",
        ["GET /metrics"] = "public metrics (no business data)",
        ["GET /openapi/v1.json"] = "public API description",
        ["GET /api/reference/{documentName?}"] = "public API reference page",
        ["GET /api/reference/scalar.js"] = "the API reference page's script",
        ["GET /api/reference/scalar.aspnetcore.js"] = "the API reference page's script",
        ["GET /api/reference/favicon.svg"] = "the API reference page's icon",
        ["GET /{**path:file}"] = "static files (scripts, styles) of the pages",
        ["HEAD /{**path:file}"] = "static files (scripts, styles) of the pages",
        ["GET /api/v1/register/product-categories"] = "reference data, the same for every region",
        ["GET /api/v1/register/industries"] = "reference data, the same for every region",
        ["GET /api/v1/platform/regions"] = "the public GB/T 2260 table",
        ["GET /api/v1/platform/departments"] = "the public department table",
        ["GET /api/v1/platform/audit/"] = "the whole platform's audit log, for the audit administrator only (role test in AuditLogAccessTests)",
        ["POST /api/v1/platform/audit/verify"] = "the audit chain check, for the audit administrator only",
        ["GET /platform/audit"] = "the audit log page, for the audit administrator only",
        ["GET /"] = "home page, no records",
        ["GET /culture"] = "language switch",
        ["GET /account/login"] = "sign-in page",
        ["GET /account/login-2fa"] = "second sign-in step",
        ["GET /account/logout"] = "sign-out (POST only)",
        ["GET /account/two-factor"] = "the caller's own second factor",
        ["GET /account/access-denied"] = "error page",
        ["GET /register/enterprises/new"] = "an empty form; saving goes through the create handler probed above",
        ["GET /register/enterprises/import"] = "the upload form; an upload goes through the import handler probed above",
        ["GET /register/products/new"] = "an empty form; saving goes through the create handler probed above",
        ["GET /plans/assessment-schemes"] = "the scoring schemes page; platform-wide rules, as GET /api/v1/plans/assessment-schemes",
        ["GET /plans/alignment"] = "the alignment page; the same handler as GET /api/v1/plans/alignment (published task texts only)",
        ["GET /api/v1/plans/assessment-schemes"] = "scoring schemes are platform-wide rules, the same for every region",
        ["POST /api/v1/plans/assessment-schemes"] = "adds a version of a platform-wide scoring scheme; no regional records",
        ["GET /api/v1/plans/alignment"] = "compares two published plans' task texts; reads no reports",
        ["GET /api/v1/plans/"] = "plans are published government documents: every official reads every plan (reports on them are scoped, probed below)",
        ["GET /plans"] = "plans are published documents: the list shows each plan's title and counts, the handler of GET /api/v1/plans/",
        ["GET /api/v1/inspection/catalogue"] = "the key-regulated product catalogue is a published list, the same for every official",
        ["GET /api/v1/inspection/plans"] = "spot-check plans are administrative documents every official reads (their batches are scoped, probed below)",
        ["GET /inspection/catalogue"] = "the catalogue page: a published list, the handler of GET /api/v1/inspection/catalogue",
        ["GET /inspection/catalogue/{edition}/products/{code}"] = "edits a published catalogue product; saving goes through the handler probed at PUT /api/v1/inspection/catalogue/{edition}/products/{code}",
        ["GET /inspection"] = "the module's home: counts through the scoped context, no records",
        ["GET /api/v1/inspection/public/batches"] = "published results are public (公示); an unpublished 思明区 batch stays out (PublicationApiTests)",
        ["GET /inspection/public"] = "published results are public (公示): the page of GET /api/v1/inspection/public/batches",
        ["GET /plans/import"] = "the upload form; its preview and confirmation go through the import handler probed at POST /api/v1/plans/import",
        ["GET /inspection/batches/new"] = "the sampling form; a ?selection= is read through the scoped draws, and saving goes through the handler probed at POST /api/v1/inspection/batches",
        ["GET /inspection/batches/import"] = "the upload form and its template; an upload goes through the handler probed at POST /api/v1/inspection/batches/results/import",
        ["GET /inspection/plans"] = "spot-check plans are administrative documents every official reads: the handler of GET /api/v1/inspection/plans",
        ["POST /api/v1/credit/reports/verify"] = "anonymous report check: answers for the document it is given, and of the index only whether a number was issued (with the firm's code, printed on the report)",
        ["GET /api/v1/credit/reports/public-key"] = "the platform's public signing key",
        ["GET /credit/grade-publication"] = "a region's publication policy (not firm data); saving goes through the handler probed at PUT /api/v1/credit/grade-publication/{region}",
        ["GET /credit/reports/verify"] = "the anonymous verify page: the handler of POST /api/v1/credit/reports/verify",
        ["GET /api/v1/public/credit/"] = "the public search (公示): firms' names, codes and regions of the register, which are public; a meaningful query and at most 20 firms",
        ["GET /inspection/plans/new"] = "an empty form; saving goes through the create handler probed at POST /api/v1/inspection/plans",
    };

    public static IReadOnlyList<Probe> Probes { get; } =
    [
        new("GET", "/api/v1/register/enterprises/", c => Get(RegisterRoutes.ApiEnterprises + "?pageSize=200&q=" + c.CreditCode), LacksAsync),
        new("GET", "/api/v1/register/enterprises/{id:guid}", c => Get(RegisterRoutes.ApiEnterprise(c.EnterpriseId)), Status(HttpStatusCode.NotFound)),
        new("GET", "/api/v1/register/enterprises/by-code/{creditCode}", c => Get(RegisterRoutes.ApiEnterpriseByCode(c.CreditCode)), Status(HttpStatusCode.NotFound)),
        new("POST", "/api/v1/register/enterprises/", c => Json(HttpMethod.Post, RegisterRoutes.ApiEnterprises,
            new { creditCode = Infrastructure.TestCodes.CreditCode(), name = "越界创建测试有限公司", regionCode = "350203" }), Status(HttpStatusCode.Forbidden)),
        new("PUT", "/api/v1/register/enterprises/{id:guid}", c => Json(HttpMethod.Put, RegisterRoutes.ApiEnterprise(c.EnterpriseId),
            new { revision = 1, name = "越界修改", regionCode = "350206" }), Status(HttpStatusCode.NotFound)),
        new("POST", "/api/v1/register/enterprises/{id:guid}/void", c => Json(HttpMethod.Post, RegisterRoutes.ApiEnterpriseVoid(c.EnterpriseId),
            new { reason = "越界作废" }), Status(HttpStatusCode.NotFound)),
        new("POST", "/api/v1/register/enterprises/import", _ => Csv(RegisterRoutes.ApiEnterpriseImport + "?fileName=x.csv",
            "统一社会信用代码,企业名称,行政区划代码\r\n" + Infrastructure.TestCodes.CreditCode() + ",越界导入测试有限公司,350203\r\n"), BadRequestMentioningJurisdictionAsync),
        new("GET", "/api/v1/register/enterprises/export", c => Get(RegisterRoutes.ApiEnterpriseExport + "?format=csv"), LacksAsync),
        new("GET", "/api/v1/register/imports/{id:guid}/errors.csv", c => Get(RegisterRoutes.ApiImportErrors(c.RejectedBatchId)), Status(HttpStatusCode.NotFound)),
        new("GET", "/api/v1/register/products/", c => Get(RegisterRoutes.ApiProducts + "?pageSize=200&producer=" + c.CreditCode), LacksProductAsync),
        new("GET", "/api/v1/register/products/{id:guid}", c => Get(RegisterRoutes.ApiProduct(c.ProductId)), Status(HttpStatusCode.NotFound)),
        new("POST", "/api/v1/register/products/", c => Json(HttpMethod.Post, RegisterRoutes.ApiProducts,
            new { gtin = Infrastructure.TestCodes.Gtin13(), name = "越界产品", categoryCode = "0101", producerCreditCode = c.CreditCode }), Status(HttpStatusCode.BadRequest)),
        new("PUT", "/api/v1/register/products/{id:guid}", c => Json(HttpMethod.Put, RegisterRoutes.ApiProduct(c.ProductId),
            new { revision = 1, name = "越界修改", categoryCode = "0101", producerCreditCode = c.CreditCode }), Status(HttpStatusCode.NotFound)),
        new("POST", "/api/v1/register/products/{id:guid}/void", c => Json(HttpMethod.Post, RegisterRoutes.ApiProductVoid(c.ProductId),
            new { reason = "越界作废" }), Status(HttpStatusCode.NotFound)),

        new("GET", "/api/v1/plans/{id:guid}", c => Get(PlansRoutes.ApiPlan(c.Plan.PlanId)), LacksMarkerAsync),
        new("GET", "/api/v1/plans/{id:guid}/tasks", c => Get(PlansRoutes.ApiTasks(c.Plan.PlanId)), LacksMarkerAsync),
        new("GET", "/api/v1/plans/tasks/{id:guid}", c => Get(PlansRoutes.ApiTask(c.Plan.TaskId)), LacksMarkerAsync),
        new("POST", "/api/v1/plans/tasks/{id:guid}/reports", c => new HttpRequestMessage(HttpMethod.Post, PlansRoutes.ApiTaskReports(c.Plan.TaskId))
        {
            Content = new MultipartFormDataContent { { new StringContent("2026-H1"), "periodKey" }, { new StringContent("越界报送"), "text" }, { new StringContent("10"), "percent" } },
        }, Status(HttpStatusCode.Forbidden)),
        new("GET", "/api/v1/plans/attachments/{id:guid}", c => Get(PlansRoutes.ApiAttachment(c.Plan.AttachmentId)), Status(HttpStatusCode.NotFound)),
        new("PUT", "/api/v1/plans/targets/{id:guid}/actual", c => Json(HttpMethod.Put, PlansRoutes.ApiTargetActual(c.Plan.TargetId),
            new { actual = 1m, source = "越界录入" }), Status(HttpStatusCode.Forbidden)),
        new("PUT", "/api/v1/plans/{id:guid}/schedule", c => Json(HttpMethod.Put, PlansRoutes.ApiSchedule(c.Plan.PlanId), new { kind = "yearly" }), Status(HttpStatusCode.Forbidden)),
        new("POST", "/api/v1/plans/{id:guid}/assessments", c => Json(HttpMethod.Post, PlansRoutes.ApiAssessments(c.Plan.PlanId), new { }), Status(HttpStatusCode.Forbidden)),
        new("GET", "/api/v1/plans/{id:guid}/assessments/latest", c => Get(PlansRoutes.ApiAssessments(c.Plan.PlanId) + "/latest"), Status(HttpStatusCode.NotFound)),
        new("GET", "/plans/{id:guid}/assessment", c => Get(PlansRoutes.Assessment(c.Plan.PlanId)), LacksRunAsync),
        new("GET", "/api/v1/plans/reminders", c => Get(PlansRoutes.ApiReminders), LacksPlanAsync),
        // Statistics name the other county outright: the answer is an empty table, not its counts.
        new("GET", "/api/v1/inspection/statistics/pass-rates", c => Get(InspectionRoutes.ApiPassRates + StatisticsQuery(c) + "&groupBy=region&regionLevel=county"), NoTestedBatchesAsync),
        new("GET", "/api/v1/inspection/statistics/pass-rates.xlsx", c => Get(InspectionRoutes.ApiPassRatesExport + StatisticsQuery(c)), EmptyWorkbookAsync),
        new("GET", "/api/v1/inspection/statistics/trend", c => Get(InspectionRoutes.ApiTrend + StatisticsQuery(c) + "&fromYear=2026&toYear=2026"), NoTestedBatchesAsync),
        new("POST", "/api/v1/plans/import", _ => new HttpRequestMessage(HttpMethod.Post, PlansRoutes.ApiImport)
        {
            Content = new StringContent(SimingPlan, Encoding.UTF8, "text/plain"),
        }, Status(HttpStatusCode.Forbidden)),

        new("POST", "/api/v1/inspection/catalogue/editions", c => Json(HttpMethod.Post, InspectionRoutes.ApiEditions,
            new { basedOn = c.Inspection.EditionCode, code = "x-" + Infrastructure.TestCodes.Token(), name = "越界目录", effectiveFrom = "2026-01-01", regionCode = "350203" }),
            Status(HttpStatusCode.Forbidden)),
        new("PUT", "/api/v1/inspection/catalogue/{edition}/products/{code}", c => Json(HttpMethod.Put, InspectionRoutes.ApiEditionProduct(c.Inspection.EditionCode, "0402"),
            new { categoryCode = "04", categoryName = "电子电器", name = "越界修改", riskLevel = "General", industryCodes = new[] { "C383" } }), Status(HttpStatusCode.Forbidden)),
        new("POST", "/api/v1/inspection/plans", c => Json(HttpMethod.Post, InspectionRoutes.ApiPlans,
            new { code = "X-" + Infrastructure.TestCodes.Token(), title = "越界计划", kind = "Annual", year = 2026, regionCode = "350203", editionCode = c.Inspection.EditionCode,
                startsOn = "2026-01-01", endsOn = "2026-12-31", budgetBatches = 5 }), Status(HttpStatusCode.Forbidden)),
        new("GET", "/api/v1/inspection/plans/{id:guid}", c => Get(InspectionRoutes.ApiPlan(c.Inspection.PlanId)), LacksInspectionMarkerAsync),
        new("GET", "/api/v1/inspection/batches", c => Get(InspectionRoutes.ApiBatches + "?q=" + c.Inspection.Marker), LacksInspectionMarkerAsync),
        new("POST", "/api/v1/inspection/batches", c => Json(HttpMethod.Post, InspectionRoutes.ApiBatches,
            new { planId = c.Inspection.PlanId, samplingNumber = "X" + Infrastructure.TestCodes.Token(), productCode = "0402", enterpriseCreditCode = c.CreditCode, firmSize = "Small",
                channel = "Production", place = "越界", sampledOn = "2026-05-01", lotNumber = "L1", sampleQuantity = 1, sealNumbers = "S", samplers = new[] { "甲", "乙" } }),
            Status(HttpStatusCode.BadRequest)),
        new("GET", "/api/v1/inspection/batches/{id:guid}", c => Get(InspectionRoutes.ApiBatch(c.Inspection.BatchId)), Status(HttpStatusCode.NotFound)),
        new("POST", "/api/v1/inspection/batches/{id:guid}/results", c => Json(HttpMethod.Post, InspectionRoutes.ApiBatchResults(c.Inspection.BatchId),
            new { laboratory = "L", reportNumber = "R", issuedOn = "2026-06-01", items = new[] { new { itemName = "A", standardClause = "C", verdict = "Fail" } } }),
            Status(HttpStatusCode.NotFound)),
        new("POST", "/api/v1/inspection/batches/results/import", c => ResultFiles.Post(InspectionRoutes.ApiResultsImport + "?fileName=x.xlsx",
            ResultFiles.Xlsx(ResultFiles.Row(c.Inspection.Marker, "导体电阻", "不合格"))), UnknownSamplingNumberAsync),
        new("GET", "/api/v1/inspection/net-content", _ => Get(InspectionRoutes.ApiNetContent + "?q=" + Uri.EscapeDataString("思明范围测试")), LacksNetContentCheckAsync),
        new("POST", "/api/v1/inspection/net-content", c => Json(HttpMethod.Post, InspectionRoutes.ApiNetContent,
            new { enterpriseCreditCode = c.CreditCode, productName = "越界", lotNumber = "L1", checkedOn = "2026-05-01", nominal = 500, unit = "g", lotSize = 5,
                measurements = new[] { 500, 500, 500, 500, 500 } }), Status(HttpStatusCode.BadRequest)),
        new("GET", "/api/v1/inspection/net-content/{id:guid}", c => Get(InspectionRoutes.ApiNetContentCheck(c.Inspection.NetContentCheckId)), Status(HttpStatusCode.NotFound)),
        new("POST", "/api/v1/inspection/plans/{id:guid}/allocation", c => Json(HttpMethod.Post, InspectionRoutes.ApiAllocation(c.Inspection.PlanId), new { }),
            Status(HttpStatusCode.Forbidden)),
        new("PUT", "/api/v1/inspection/plans/{id:guid}/allocation", c => Json(HttpMethod.Put, InspectionRoutes.ApiAllocation(c.Inspection.PlanId),
            new[] { new { allocationId = c.Inspection.AllocationId, batches = 1 } }), Status(HttpStatusCode.Forbidden)),
        new("PUT", "/api/v1/inspection/plans/{id:guid}/allocation/{allocationId:guid}", c => Json(HttpMethod.Put,
            InspectionRoutes.ApiAllocationRow(c.Inspection.PlanId, c.Inspection.AllocationId), new { batches = 1 }), Status(HttpStatusCode.Forbidden)),
        new("POST", "/api/v1/inspection/allocations/{allocationId:guid}/draws", c => Json(HttpMethod.Post, InspectionRoutes.ApiDraws(c.Inspection.AllocationId), new { }),
            Status(HttpStatusCode.Forbidden)),
        new("GET", "/api/v1/inspection/draws/{id:guid}", c => Get(InspectionRoutes.ApiDraw(c.Inspection.DrawId)), Status(HttpStatusCode.NotFound)),
        new("POST", "/api/v1/inspection/draws/{id:guid}/draw", c => new HttpRequestMessage(HttpMethod.Post, InspectionRoutes.ApiDrawExecute(c.Inspection.DrawId)),
            Status(HttpStatusCode.NotFound)),
        new("GET", "/api/v1/inspection/draws/{id:guid}/verify", c => Get(InspectionRoutes.ApiDrawVerify(c.Inspection.DrawId)), Status(HttpStatusCode.NotFound)),
        new("GET", "/api/v1/inspection/inspectors", c => Get(InspectionRoutes.ApiInspectors + "?pageSize=200&q=" + c.Inspection.InspectorBadge), LacksInspectorAsync),
        new("POST", "/api/v1/inspection/inspectors", c => Json(HttpMethod.Post, InspectionRoutes.ApiInspectors,
            new { name = "越界添加", badgeNumber = "X" + Infrastructure.TestCodes.Token(), regionCode = "350203" }), Status(HttpStatusCode.Forbidden)),
        new("PUT", "/api/v1/inspection/inspectors/{id:guid}/active", c => Json(HttpMethod.Put, InspectionRoutes.ApiInspectorActive(c.Inspection.InspectorId),
            new { active = false }), Status(HttpStatusCode.NotFound)),
        new("POST", "/api/v1/inspection/batches/{id:guid}/follow-up", c => Json(HttpMethod.Post, InspectionRoutes.ApiBatchSteps(c.Inspection.PublishableBatchId),
            new { kind = "ResultNoticeServed", on = "2026-06-05" }), Status(HttpStatusCode.NotFound)),
        new("POST", "/api/v1/inspection/batches/{id:guid}/publish", c => new HttpRequestMessage(HttpMethod.Post, InspectionRoutes.ApiBatchPublish(c.Inspection.PublishableBatchId)),
            Status(HttpStatusCode.NotFound)),
        // A plan is read by every official, its batches are not: publishing another county's plan publishes nothing and names none of its batches.
        new("POST", "/api/v1/inspection/plans/{id:guid}/publish", c => new HttpRequestMessage(HttpMethod.Post, InspectionRoutes.ApiPlanPublish(c.Inspection.PlanId)),
            LacksInspectionMarkerAsync),

        // Pages: their POST handlers call the same handlers as the API endpoints above.
        // The page echoes its query in the search box, so it searches by name and must not show the code.
        new("GET", "/register/enterprises", c => Get(RegisterRoutes.Enterprises + "?q=" + Uri.EscapeDataString(c.Name)), LacksAsync),
        new("GET", "/register/enterprises/{id:guid}", c => Get(RegisterRoutes.Enterprise(c.EnterpriseId)), Status(HttpStatusCode.NotFound)),
        new("GET", "/register/enterprises/{id:guid}/edit", c => Get(RegisterRoutes.EditEnterprise(c.EnterpriseId)), Status(HttpStatusCode.NotFound)),
        new("GET", "/register/enterprises/{id:guid}/void", c => Get(RegisterRoutes.Enterprise(c.EnterpriseId) + "/void"), Status(HttpStatusCode.NotFound)),
        new("GET", "/register/products", c => Get(RegisterRoutes.Products + "?producer=" + c.CreditCode), LacksProductAsync),
        new("GET", "/register/products/{id:guid}", c => Get(RegisterRoutes.Product(c.ProductId)), Status(HttpStatusCode.NotFound)),
        new("GET", "/register/products/{id:guid}/edit", c => Get(RegisterRoutes.EditProduct(c.ProductId)), Status(HttpStatusCode.NotFound)),
        new("GET", "/register/products/{id:guid}/void", c => Get(RegisterRoutes.Product(c.ProductId) + "/void"), Status(HttpStatusCode.NotFound)),
        // The plan and task pages show the published plan but none of another county's reports, and no report form.
        new("GET", "/plans/{id:guid}", c => Get(PlansRoutes.Plan(c.Plan.PlanId)), LacksMarkerAsync),
        new("GET", "/plans/tasks/{id:guid}", c => Get(PlansRoutes.Task(c.Plan.TaskId)), LacksMarkerAndFormAsync),
        new("GET", "/plans/reminders", c => Get(PlansRoutes.Reminders), LacksTaskLinkAsync),
        new("GET", "/inspection/statistics", c => Get(InspectionRoutes.Statistics + StatisticsQuery(c)), LacksProductNameAsync),
        // The inspection lists echo their query too: they search the firm's name, and neither the sampling number nor the ids may show.
        new("GET", "/inspection/batches", _ => Get(InspectionRoutes.Batches + "?q=" + Uri.EscapeDataString("思明范围测试")), LacksInspectionMarkerAsync),
        new("GET", "/inspection/batches/{id:guid}/results", c => Get(InspectionRoutes.BatchResults(c.Inspection.BatchId)), Status(HttpStatusCode.NotFound)),
        new("GET", "/inspection/net-content", _ => Get(InspectionRoutes.NetContent + "?q=" + Uri.EscapeDataString("思明范围测试")), LacksNetContentCheckAsync),
        new("GET", "/inspection/net-content/new", c => Get(InspectionRoutes.NewNetContentCheck + "?batch=" + c.Inspection.BatchId), Status(HttpStatusCode.NotFound)),
        new("GET", "/inspection/net-content/{id:guid}", c => Get(InspectionRoutes.NetContentCheck(c.Inspection.NetContentCheckId)), Status(HttpStatusCode.NotFound)),
        // The plan page shows the published plan and its allocation, but neither another county's draw nor its batches.
        new("GET", "/inspection/plans/{id:guid}", c => Get(InspectionRoutes.Plan(c.Inspection.PlanId)), LacksDrawAsync),
        new("GET", "/inspection/draws/{id:guid}", c => Get(InspectionRoutes.Draw(c.Inspection.DrawId)), Status(HttpStatusCode.NotFound)),
        new("GET", "/inspection/inspectors", c => Get(InspectionRoutes.Inspectors + "?q=" + c.Inspection.InspectorBadge), LacksInspectorAsync),
        new("GET", "/inspection/batches/{id:guid}", c => Get(InspectionRoutes.Batch(c.Inspection.PublishableBatchId)), Status(HttpStatusCode.NotFound)),

        // The credit module's pages (CreditScopeData.cs) and API (CreditApiScopeData.cs).
        .. CreditScopeData.PageProbes,
        .. CreditApiScopeData.Probes,
    ];

    /// <summary>A plan issued by the 思明区 government, which a 湖里区 official may not import.</summary>
    private const string SimingPlan = "厦门市思明区人民政府关于印发思明区质量工作2026年行动计划的通知\n思政〔2026〕9号\n一、加强质量监管\n（一）开展质量整治。组织专项行动。（区市场监管局负责）\n厦门市思明区人民政府\n2026年1月5日\n";

    private static HttpRequestMessage Get(string url) => new(HttpMethod.Get, url);

    private static string StatisticsQuery(ScopeContext c) => $"?year=2026&region=350203&product={c.Inspection.ProductCode}";

    private static HttpRequestMessage Json(HttpMethod method, string url, object body) => new(method, url) { Content = JsonContent.Create(body) };

    private static HttpRequestMessage Csv(string url, string csv) => new(HttpMethod.Post, url)
    {
        Content = new StringContent(csv, Encoding.UTF8, "text/csv"),
    };

    private static Func<HttpResponseMessage, ScopeContext, Task> Status(HttpStatusCode expected) => (response, _) =>
    {
        Assert.Equal(expected, response.StatusCode);
        return Task.CompletedTask;
    };

    private static async Task LacksAsync(HttpResponseMessage response, ScopeContext context)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(context.CreditCode, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task LacksProductAsync(HttpResponseMessage response, ScopeContext context)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(context.ProductId.ToString(), await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task LacksMarkerAsync(HttpResponseMessage response, ScopeContext context)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(context.Plan.Marker, body, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0022percent\u0022:50", body.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static async Task LacksMarkerAndFormAsync(HttpResponseMessage response, ScopeContext context)
    {
        await LacksMarkerAsync(response, context);
        Assert.DoesNotContain("id=\"report-form\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task LacksInspectionMarkerAsync(HttpResponseMessage response, ScopeContext context)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(context.Inspection.Marker, body, StringComparison.Ordinal);
        Assert.DoesNotContain(context.Inspection.BatchId.ToString(), body, StringComparison.Ordinal);
    }

    private static async Task LacksNetContentCheckAsync(HttpResponseMessage response, ScopeContext context)
    {
        await LacksInspectionMarkerAsync(response, context);
        Assert.DoesNotContain(context.Inspection.NetContentCheckId.ToString(), await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Another county's sampling number reads as one that does not exist, and nothing is stored.</summary>
    private static async Task UnknownSamplingNumberAsync(HttpResponseMessage response, ScopeContext context)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("不存在或不在您的管辖范围内", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task LacksDrawAsync(HttpResponseMessage response, ScopeContext context)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(context.Inspection.DrawId.ToString(), body, StringComparison.Ordinal);
        Assert.DoesNotContain(context.Inspection.Marker, body, StringComparison.Ordinal);
    }

    private static async Task LacksInspectorAsync(HttpResponseMessage response, ScopeContext context)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(context.Inspection.InspectorId.ToString(), body, StringComparison.Ordinal);
        Assert.DoesNotContain("思明检查员", body, StringComparison.Ordinal);
    }

    private static async Task LacksTaskLinkAsync(HttpResponseMessage response, ScopeContext context)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(PlansRoutes.Task(context.Plan.TaskId), await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>The plan is public, its assessment is not: the page shows the plan but says it has not been assessed.</summary>
    private static async Task LacksRunAsync(HttpResponseMessage response, ScopeContext context)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("id=\"assessment\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task LacksPlanAsync(HttpResponseMessage response, ScopeContext context)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(context.Plan.PlanId.ToString(), await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>The pass rates and the trend answer, with nothing tested and no word of the other county's product.</summary>
    private static async Task NoTestedBatchesAsync(HttpResponseMessage response, ScopeContext context)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(context.Inspection.ProductName, body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"tested\":3", body, StringComparison.Ordinal);
        Assert.Contains("\"tested\":0", body, StringComparison.Ordinal);
    }

    /// <summary>The workbook holds the header block and a totals row of nothing tested.</summary>
    private static async Task EmptyWorkbookAsync(HttpResponseMessage response, ScopeContext context)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, false);
        var text = document.WorkbookPart!.WorksheetParts.Single().Worksheet.InnerText;
        Assert.DoesNotContain(context.Inspection.ProductName, text, StringComparison.Ordinal);
        Assert.Contains("合计", text, StringComparison.Ordinal);
    }

    private static async Task LacksProductNameAsync(HttpResponseMessage response, ScopeContext context)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(context.Inspection.ProductName, body, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"ranking\"", body, StringComparison.Ordinal);
    }

    private static async Task BadRequestMentioningJurisdictionAsync(HttpResponseMessage response, ScopeContext context)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("不在您的管辖范围内", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Credit;
using Zhixin.Credit.Features.ProposeListing;
using Zhixin.Credit.Features.RaiseObjection;
using Zhixin.Credit.Features.RecordCreditEntry;

namespace Zhixin.Tests.Security;

/// <summary>A record on the 思明区 firm's credit file (and so an assessment of it) and a black listing proposed on it, made as the system would.</summary>
internal sealed record CreditApiScope(Guid RecordId, string Title, Guid ListingId, Guid ObjectionId, Guid RepairId);

/// <summary>The credit module's API endpoints in the region-scope matrix: another county's file is neither read, listed, added to nor voided.</summary>
internal static class CreditApiScopeData
{
    public static Task<CreditApiScope> ArrangeAsync(Infrastructure.ZhixinApp app, string firm) => app.WithServicesAsync(async services =>
    {
        var title = "思明信用范围测试" + Infrastructure.TestCodes.Token();
        var outcome = await services.GetRequiredService<RecordCreditEntryHandler>().HandleAsync(
            new RecordCreditEntryRequest(firm, "administrativePenalty", "general", new DateOnly(2026, 9, 1), title, null, "思市监罚〔2026〕1号", null, null),
            TestContext.Current.CancellationToken);
        Assert.True(outcome.IsSuccess, outcome.Errors.ToString());
        var serious = await services.GetRequiredService<RecordCreditEntryHandler>().HandleAsync(
            new RecordCreditEntryRequest(firm, "administrativePenalty", "serious", new DateOnly(2026, 9, 2), title, null, "思市监罚〔2026〕2号", null, null),
            TestContext.Current.CancellationToken);
        Assert.True(serious.IsSuccess, serious.Errors.ToString());
        var listing = await services.GetRequiredService<ProposeListingHandler>().HandleAsync(
            new ProposeListingRequest(firm, "black", title, [serious.Value!.Record.Id], null), TestContext.Current.CancellationToken);
        Assert.True(listing.IsSuccess, listing.Errors.ToString());
        var objection = await services.GetRequiredService<RaiseObjectionHandler>().HandleAsync(
            new RaiseObjectionRequest(null, outcome.Value!.Record.Id, title), TestContext.Current.CancellationToken);
        Assert.True(objection.IsSuccess, objection.Errors.ToString());
        // A repair needs months since the penalty, so the application is stored as it would have been made then.
        var db = services.GetRequiredService<Zhixin.Credit.Data.CreditDbContext>();
        var repair = new Zhixin.Credit.Domain.CreditRepair
        {
            Id = Guid.NewGuid(), EnterpriseCreditCode = firm, EnterpriseName = outcome.Value.Record.EnterpriseName, RegionCode = outcome.Value.Record.RegionCode,
            Target = Zhixin.Credit.Domain.CreditTarget.Record, RecordId = outcome.Value.Record.Id, PenaltyFulfilled = true, HarmRemedied = true,
            Commitment = title, AppliedOn = new DateOnly(2026, 11, 1), AppliedAt = DateTimeOffset.UtcNow, AppliedBy = "test", DecisionDueOn = new DateOnly(2026, 11, 13),
            Status = Zhixin.Credit.Domain.RepairStatus.Pending, RulesVersion = 1,
        };
        db.Repairs.Add(repair);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return new CreditApiScope(outcome.Value!.Record.Id, title, listing.Value!.Id, objection.Value!.Id, repair.Id);
    });

    public static IReadOnlyList<Probe> Probes { get; } =
    [
        // The list filters by code prefix: the 思明区 firm's full code finds nothing for a 湖里区 official.
        new("GET", "/api/v1/credit/enterprises", c => Get(CreditRoutes.ApiEnterprises + "?pageSize=200&q=" + c.CreditCode), LacksFirmAsync),
        new("GET", "/api/v1/credit/enterprises/{code}", c => Get(CreditRoutes.ApiEnterprise(c.CreditCode)), NotFoundWithoutTheRecordAsync),
        // The firm is not in the caller's part of the register, so a record for it is refused as for an unknown code.
        new("POST", "/api/v1/credit/records", c => new HttpRequestMessage(HttpMethod.Post, CreditRoutes.ApiRecords)
        {
            Content = JsonContent.Create(new { creditCode = c.CreditCode, kind = "administrativePenalty", severity = "serious", occurredOn = "2026-10-01", title = "越界录入" }),
        }, UnknownFirmAsync),
        new("POST", "/api/v1/credit/records/{id:guid}/void", c => new HttpRequestMessage(HttpMethod.Post, CreditRoutes.ApiVoidRecord(c.CreditApi!.RecordId))
        {
            Content = JsonContent.Create(new { reason = "越界作废" }),
        }, NotFoundWithoutTheRecordAsync),
        new("GET", "/api/v1/credit/enterprises/{code}/what-if", c => Get(CreditRoutes.ApiEnterprise(c.CreditCode) + "/what-if?ruleSet=1"), NotFoundWithoutTheRecordAsync),
        // Rule sets score every firm in the country: any regulator may read them, only the country or a province drafts.
        new("GET", "/api/v1/credit/rule-sets", _ => Get(CreditRoutes.ApiRuleSets), Status(HttpStatusCode.OK)),
        new("GET", "/api/v1/credit/rule-sets/{version:int}", _ => Get(CreditRoutes.ApiRuleSets + "/1"), Status(HttpStatusCode.OK)),
        new("POST", "/api/v1/credit/rule-sets", _ => new HttpRequestMessage(HttpMethod.Post, CreditRoutes.ApiRuleSets)
        {
            Content = JsonContent.Create(new { ruleSet = new { version = 1 } }),
        }, Status(HttpStatusCode.Forbidden)),
        new("PUT", "/api/v1/credit/rule-sets/{version:int}", _ => new HttpRequestMessage(HttpMethod.Put, CreditRoutes.ApiRuleSets + "/1")
        {
            Content = JsonContent.Create(new { ruleSet = new { version = 1 } }),
        }, Status(HttpStatusCode.Forbidden)),
        new("PATCH", "/api/v1/credit/rule-sets/{version:int}", _ => new HttpRequestMessage(HttpMethod.Patch, CreditRoutes.ApiRuleSet(1))
        {
            Content = JsonContent.Create(new { name = "越界修改" }),
        }, Status(HttpStatusCode.Forbidden)),
        new("POST", "/api/v1/credit/rule-sets/{version:int}/copy", _ => new HttpRequestMessage(HttpMethod.Post, CreditRoutes.ApiRuleSetCopy(1)), Status(HttpStatusCode.Forbidden)),
        new("POST", "/api/v1/credit/rule-sets/{version:int}/rules", _ => new HttpRequestMessage(HttpMethod.Post, CreditRoutes.ApiRuleSetRules(1))
        {
            Content = JsonContent.Create(new { code = "X1", kind = "recall", points = -5m, countsForMonths = 12, description = "越界新增" }),
        }, Status(HttpStatusCode.Forbidden)),
        new("DELETE", "/api/v1/credit/rule-sets/{version:int}/rules/{code}", _ => new HttpRequestMessage(HttpMethod.Delete, CreditRoutes.ApiRuleSetRule(1, "N1")), Status(HttpStatusCode.Forbidden)),
        new("POST", "/api/v1/credit/rule-sets/{version:int}/discard", _ => new HttpRequestMessage(HttpMethod.Post, CreditRoutes.ApiRuleSetDiscard(1)), Status(HttpStatusCode.Forbidden)),
        new("POST", "/api/v1/credit/rule-sets/{version:int}/publish", _ => new HttpRequestMessage(HttpMethod.Post, CreditRoutes.ApiRuleSets + "/1/publish"), Status(HttpStatusCode.Forbidden)),
        // Inspection ratios are supervision policy, readable by every regulator; only the region or one above sets them.
        new("GET", "/api/v1/credit/inspection-ratios/{region}", _ => Get(CreditRoutes.Api + "/inspection-ratios/350203"), Status(HttpStatusCode.OK)),
        new("PUT", "/api/v1/credit/inspection-ratios/{region}", _ => new HttpRequestMessage(HttpMethod.Put, CreditRoutes.Api + "/inspection-ratios/350203")
        {
            Content = JsonContent.Create(new { a = 1, b = 2, c = 50, d = 100 }),
        }, Status(HttpStatusCode.Forbidden)),
        // A report is the file, signed: another county's firm has none.
        new("GET", "/api/v1/credit/enterprises/{code}/report", c => Get(CreditRoutes.ApiEnterpriseReport(c.CreditCode)), NotFoundWithoutTheRecordAsync),
        // Grade publication is policy like the ratios: every regulator reads it, only the region or one above sets it.
        new("GET", "/api/v1/credit/grade-publication/{region}", _ => Get(CreditRoutes.ApiGradePublicationOf("350203")), Status(HttpStatusCode.OK)),
        new("PUT", "/api/v1/credit/grade-publication/{region}", _ => new HttpRequestMessage(HttpMethod.Put, CreditRoutes.ApiGradePublicationOf("350203"))
        {
            Content = JsonContent.Create(new { published = true }),
        }, Status(HttpStatusCode.Forbidden)),
        // The public lookup shows the other county's firm as it shows it to anyone: no record, no proposal, no risk class.
        new("GET", "/api/v1/public/credit/{code}", c => Get(CreditRoutes.ApiPublicFirm(c.CreditCode)), PublicOnlyAsync),
        // Listings: another county's is neither listed, read nor acted on, and its firm cannot be proposed.
        new("GET", "/api/v1/credit/lists", c => Get(CreditRoutes.ApiLists + "?pageSize=200&q=" + c.CreditCode), LacksFirmAsync),
        new("GET", "/api/v1/credit/lists/{id:guid}", c => Get(CreditRoutes.ApiListing(c.CreditApi!.ListingId)), NotFoundWithoutTheRecordAsync),
        new("POST", "/api/v1/credit/lists", c => new HttpRequestMessage(HttpMethod.Post, CreditRoutes.ApiLists)
        {
            Content = JsonContent.Create(new { creditCode = c.CreditCode, kind = "red", grounds = "越界提名" }),
        }, UnknownFirmAsync),
        new("POST", "/api/v1/credit/lists/{id:guid}/notice", c => new HttpRequestMessage(HttpMethod.Post, CreditRoutes.ApiListingNotice(c.CreditApi!.ListingId))
        {
            Content = JsonContent.Create(new { servedOn = "2026-01-02", reasons = "越界告知", rights = "陈述、申辩" }),
        }, NotFoundWithoutTheRecordAsync),
        new("POST", "/api/v1/credit/lists/{id:guid}/decision", c => new HttpRequestMessage(HttpMethod.Post, CreditRoutes.ApiListingDecision(c.CreditApi!.ListingId))
        {
            Content = JsonContent.Create(new { decisionNumber = "越界决〔2026〕1号", decidedOn = "2026-01-02", authority = "湖里区市场监督管理局" }),
        }, NotFoundWithoutTheRecordAsync),
        new("POST", "/api/v1/credit/lists/{id:guid}/early-removal", c => new HttpRequestMessage(HttpMethod.Post, CreditRoutes.ApiListingEarlyRemoval(c.CreditApi!.ListingId))
        {
            Content = JsonContent.Create(new { reason = "越界移出", restrictionsEnded = true, penaltyFulfilled = true, harmRemedied = true }),
        }, NotFoundWithoutTheRecordAsync),
        // Objections and repair applications: another county's are neither listed, read, raised nor decided.
        new("GET", "/api/v1/credit/objections", c => Get(CreditRoutes.ApiObjections + "?pageSize=200&q=" + c.CreditCode), LacksFirmAsync),
        new("GET", "/api/v1/credit/objections/{id:guid}", c => Get(CreditRoutes.ApiObjection(c.CreditApi!.ObjectionId)), NotFoundWithoutTheRecordAsync),
        new("POST", "/api/v1/credit/objections", c => new HttpRequestMessage(HttpMethod.Post, CreditRoutes.ApiObjections)
        {
            Content = JsonContent.Create(new { recordId = c.CreditApi!.RecordId, grounds = "越界异议" }),
        }, NotFoundWithoutTheRecordAsync),
        new("POST", "/api/v1/credit/objections/{id:guid}/decision", c => new HttpRequestMessage(HttpMethod.Post, CreditRoutes.ApiObjectionDecision(c.CreditApi!.ObjectionId))
        {
            Content = JsonContent.Create(new { outcome = "upheld", reasons = "越界处理" }),
        }, NotFoundWithoutTheRecordAsync),
        new("GET", "/api/v1/credit/repairs", c => Get(CreditRoutes.ApiRepairs + "?pageSize=200&q=" + c.CreditCode), LacksFirmAsync),
        new("GET", "/api/v1/credit/repairs/{id:guid}", c => Get(CreditRoutes.ApiRepair(c.CreditApi!.RepairId)), NotFoundWithoutTheRecordAsync),
        new("POST", "/api/v1/credit/repairs", c => new HttpRequestMessage(HttpMethod.Post, CreditRoutes.ApiRepairs)
        {
            Content = JsonContent.Create(new { recordId = c.CreditApi!.RecordId, penaltyFulfilled = true, harmRemedied = true, commitment = "越界承诺" }),
        }, NotFoundWithoutTheRecordAsync),
        new("POST", "/api/v1/credit/repairs/{id:guid}/decision", c => new HttpRequestMessage(HttpMethod.Post, CreditRoutes.ApiRepairDecision(c.CreditApi!.RepairId))
        {
            Content = JsonContent.Create(new { outcome = "approved", reasons = "越界审核" }),
        }, NotFoundWithoutTheRecordAsync),
        new("POST", "/api/v1/credit/lists/{id:guid}/revocation", c => new HttpRequestMessage(HttpMethod.Post, CreditRoutes.ApiListingRevocation(c.CreditApi!.ListingId))
        {
            Content = JsonContent.Create(new { reason = "越界撤销" }),
        }, NotFoundWithoutTheRecordAsync),
        // Sharing grants: a county official grants no wider than its county and sees no other county's grants.
        new("GET", "/api/v1/credit/sharing/grants/", _ => Get(CreditRoutes.ApiSharingGrants + "?department=" + CreditScopeData.GrantDepartment), LacksGrantAsync),
        new("POST", "/api/v1/credit/sharing/grants/", _ => new HttpRequestMessage(HttpMethod.Post, CreditRoutes.ApiSharingGrants)
        {
            Content = JsonContent.Create(new { departmentCode = "fj.education", regionCode = "350203", scopes = new[] { "credit:grade" }, expiresOn = "2027-06-30", purpose = "越界授权" }),
        }, FieldErrorAsync("regionCode")),
        new("GET", "/api/v1/credit/sharing/grants/{id:guid}", c => Get(CreditRoutes.ApiSharingGrant(c.Credit.GrantId)), Status(HttpStatusCode.NotFound)),
        new("GET", "/api/v1/credit/sharing/grants/{id:guid}/reads", c => Get(CreditRoutes.ApiSharingGrantReads(c.Credit.GrantId)), Status(HttpStatusCode.NotFound)),
        new("POST", "/api/v1/credit/sharing/grants/{id:guid}/revocation", c => new HttpRequestMessage(HttpMethod.Post, CreditRoutes.ApiSharingGrantRevocation(c.Credit.GrantId))
        {
            Content = JsonContent.Create(new { reason = "越界撤销" }),
        }, Status(HttpStatusCode.NotFound)),
        // The sharing API is for other departments (token or department user): a regulator's cookie is refused outright.
        new("GET", "/api/v1/credit/sharing/enterprises/{code}", c => Get(CreditRoutes.ApiSharedEnterprise(c.CreditCode)), ForbiddenWithoutTheRecordAsync),
        new("POST", "/api/v1/credit/sharing/enterprises/query", c => new HttpRequestMessage(HttpMethod.Post, CreditRoutes.ApiSharingBulk)
        {
            Content = JsonContent.Create(new { creditCodes = new[] { c.CreditCode } }),
        }, ForbiddenWithoutTheRecordAsync),
        new("GET", "/api/v1/credit/sharing/enterprises/{code}/joint-check", c => Get(CreditRoutes.ApiJointCheck(c.CreditCode, "fiscal-subsidy")), ForbiddenWithoutTheRecordAsync),
        new("GET", "/api/v1/credit/sharing/changes", _ => Get(CreditRoutes.ApiSharingChanges), ForbiddenWithoutTheRecordAsync),
        new("GET", "/api/v1/credit/sharing/watchlist", _ => Get(CreditRoutes.ApiWatchlist), ForbiddenWithoutTheRecordAsync),
        new("POST", "/api/v1/credit/sharing/watchlist", c => new HttpRequestMessage(HttpMethod.Post, CreditRoutes.ApiWatchlist)
        {
            Content = JsonContent.Create(new { creditCode = c.CreditCode }),
        }, ForbiddenWithoutTheRecordAsync),
        new("DELETE", "/api/v1/credit/sharing/watchlist/{code}", c => new HttpRequestMessage(HttpMethod.Delete, CreditRoutes.ApiWatch(c.CreditCode)), ForbiddenWithoutTheRecordAsync),
        new("GET", "/api/v1/credit/sharing/notifications", _ => Get(CreditRoutes.ApiWatchNotifications), ForbiddenWithoutTheRecordAsync),
        new("POST", "/api/v1/credit/sharing/notifications/read", _ => new HttpRequestMessage(HttpMethod.Post, CreditRoutes.ApiWatchNotificationsRead)
        {
            Content = JsonContent.Create(new { upTo = 1000 }),
        }, ForbiddenWithoutTheRecordAsync),
    ];

    private static Func<HttpResponseMessage, ScopeContext, Task> FieldErrorAsync(string field) => async (response, _) =>
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    };

    private static async Task LacksGrantAsync(HttpResponseMessage response, ScopeContext context)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(context.Credit.GrantId.ToString(), body, StringComparison.Ordinal);
        Assert.Contains("\"total\":0", body, StringComparison.Ordinal);
    }

    private static async Task ForbiddenWithoutTheRecordAsync(HttpResponseMessage response, ScopeContext context)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain(context.Name, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static Func<HttpResponseMessage, ScopeContext, Task> Status(HttpStatusCode expected) => (response, _) =>
    {
        Assert.Equal(expected, response.StatusCode);
        return Task.CompletedTask;
    };

    private static HttpRequestMessage Get(string url) => new(HttpMethod.Get, url);

    private static async Task LacksFirmAsync(HttpResponseMessage response, ScopeContext context)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(context.CreditCode, body, StringComparison.Ordinal);
        Assert.Contains("\"total\":0", body, StringComparison.Ordinal);
    }

    private static async Task NotFoundWithoutTheRecordAsync(HttpResponseMessage response, ScopeContext context)
    {
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(context.CreditApi!.Title, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task PublicOnlyAsync(HttpResponseMessage response, ScopeContext context)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(context.CreditApi!.Title, body, StringComparison.Ordinal);
        Assert.DoesNotContain("riskClass", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"listings\":[]", body, StringComparison.Ordinal);
    }

    private static async Task UnknownFirmAsync(HttpResponseMessage response, ScopeContext context)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"creditCode\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain(context.Name, body, StringComparison.Ordinal);
    }
}

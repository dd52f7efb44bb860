using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Credit;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Features.Rescore;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Security;

/// <summary>
/// The 思明区 firm's credit file: one serious penalty (its title carries the marker) and the assessment it gave; and a
/// sharing grant a 思明区 regulator issued to <see cref="CreditScopeData.GrantDepartment"/> for 思明区.
/// </summary>
internal sealed record CreditScope(Guid RecordId, string Marker, Guid GrantId);

/// <summary>What the matrix knows of the credit module, kept apart from the other modules' entries.</summary>
internal sealed partial record ScopeContext
{
    public CreditScope Credit { get; init; } = null!;
}

internal static class CreditScopeData
{
    /// <summary>The credit module's pages, each aimed at the 思明区 firm's file.</summary>
    public static IReadOnlyList<Probe> PageProbes { get; } =
    [
        new("GET", "/credit", c => new HttpRequestMessage(HttpMethod.Get, CreditRoutes.Pages + "?q=" + c.CreditCode), LacksFileAsync),
        new("GET", "/credit/enterprises/{code}", c => new HttpRequestMessage(HttpMethod.Get, CreditRoutes.Enterprise(c.CreditCode)), NotFoundAsync),
        new("GET", "/credit/enterprises/{code}/report", c => new HttpRequestMessage(HttpMethod.Get, CreditRoutes.Report(c.CreditCode)), NotFoundAsync),
        // The public page shows the other county's firm as to anyone: no record title, no risk class.
        new("GET", "/public/credit/{code?}", c => new HttpRequestMessage(HttpMethod.Get, CreditRoutes.PublicFirm(c.CreditCode)), PublicOnlyAsync),
        // The rule sets are the same for every region; what-if on another county's firm finds no firm.
        new("GET", "/credit/rule-sets", _ => new HttpRequestMessage(HttpMethod.Get, CreditRoutes.RuleSets), OkAsync),
        new("GET", "/credit/rule-sets/{version:int}", c => new HttpRequestMessage(HttpMethod.Get, CreditRoutes.RuleSet(1) + "?code=" + c.CreditCode), WhatIfFindsNoFirmAsync),
        // The lists: another county's listing is neither in the table (nor its chart's counts) nor opened, and its firm cannot be proposed.
        new("GET", "/credit/lists", c => new HttpRequestMessage(HttpMethod.Get, CreditRoutes.Lists + "?q=" + c.CreditCode), LacksListingAsync),
        new("GET", "/credit/lists/{id:guid}", c => new HttpRequestMessage(HttpMethod.Get, CreditRoutes.Listing(c.CreditApi!.ListingId)), NotFoundWithoutTheFirmAsync),
        new("GET", "/credit/lists/new", c => new HttpRequestMessage(HttpMethod.Get, CreditRoutes.ProposeListing(c.CreditCode)), NotFoundWithoutTheFirmAsync),
        // The queues filter by code prefix: the other county's objection and repair are not among the rows or in the chart's counts.
        new("GET", "/credit/objections", c => new HttpRequestMessage(HttpMethod.Get, CreditRoutes.Objections + "?q=" + c.CreditCode), (r, c) => LacksCaseAsync(r, c, c.CreditApi!.ObjectionId)),
        new("GET", "/credit/objections/{id:guid}", c => new HttpRequestMessage(HttpMethod.Get, CreditRoutes.Objection(c.CreditApi!.ObjectionId)), NotFoundAsync),
        new("GET", "/credit/objections/new", c => new HttpRequestMessage(HttpMethod.Get, CreditRoutes.NewObjection + "?code=" + c.CreditCode), NotFoundAsync),
        new("GET", "/credit/repairs", c => new HttpRequestMessage(HttpMethod.Get, CreditRoutes.Repairs + "?q=" + c.CreditCode), (r, c) => LacksCaseAsync(r, c, c.CreditApi!.RepairId)),
        new("GET", "/credit/repairs/{id:guid}", c => new HttpRequestMessage(HttpMethod.Get, CreditRoutes.Repair(c.CreditApi!.RepairId)), NotFoundAsync),
        new("GET", "/credit/repairs/new", c => new HttpRequestMessage(HttpMethod.Get, CreditRoutes.NewRepair + "?code=" + c.CreditCode), NotFoundAsync),
        // Sharing grants: another county's grant is neither listed nor shown (its reads with it); the watchlist is a department official's.
        new("GET", "/credit/sharing", _ => new HttpRequestMessage(HttpMethod.Get, CreditRoutes.Sharing + "?department=" + GrantDepartment), LacksGrantAsync),
        new("GET", "/credit/sharing/{id:guid}", c => new HttpRequestMessage(HttpMethod.Get, CreditRoutes.SharingGrant(c.Credit.GrantId)), NotFoundAsync),
        new("GET", "/credit/sharing/watchlist", _ => new HttpRequestMessage(HttpMethod.Get, CreditRoutes.SharingWatchlist), AccessDeniedAsync),
        // Only the country or a province drafts: a county official's form goes to the read-only page, its posts meet the handlers' 403.
        new("GET", "/credit/rule-sets/{version:int}/edit", c => new HttpRequestMessage(HttpMethod.Get, CreditRoutes.RuleSetEdit(1) + "?code=" + c.CreditCode),
            RedirectedTo(CreditRoutes.RuleSet(1))),
        new("POST", "/credit/rule-sets", _ => Form(CreditRoutes.RuleSets + "?handler=Copy", ("from", "1")), ForbiddenSayingAsync("只有国家或省级监管人员"))
        {
            TokenFrom = CreditRoutes.RuleSets,
        },
        new("POST", "/credit/rule-sets/{version:int}/edit", _ => Form(CreditRoutes.RuleSetEdit(1), ("Input.Name", "越界修改")), ForbiddenSayingAsync("只有国家或省级监管人员"))
        {
            TokenFrom = CreditRoutes.RuleSets,
        },
        // Ratios and grade publication are supervision policy, readable by every regulator (as their API); only the region or one above sets them.
        new("GET", "/credit/inspection-ratios", c => new HttpRequestMessage(HttpMethod.Get, CreditRoutes.InspectionRatios + "?region=350203"), PolicyWithoutTheFirmAsync),
        new("POST", "/credit/inspection-ratios", _ => Form(CreditRoutes.InspectionRatios, ("Region", "350203"), ("A", "1"), ("B", "2"), ("C", "50"), ("D", "100")),
            ForbiddenSayingAsync("只能设定本辖区或下级辖区的抽查比例"))
        {
            TokenFrom = CreditRoutes.InspectionRatios,
        },
        new("POST", "/credit/grade-publication", _ => Form(CreditRoutes.GradePublication, ("Region", "350203"), ("Published", "true")), GradesStayUnpublishedAsync)
        {
            TokenFrom = CreditRoutes.GradePublication,
        },
    ];

    private static HttpRequestMessage Form(string url, params (string Name, string Value)[] fields) => new(HttpMethod.Post, url)
    {
        Content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))),
    };

    private static Func<HttpResponseMessage, ScopeContext, Task> RedirectedTo(string location) => (response, _) =>
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
        return Task.CompletedTask;
    };

    private static Func<HttpResponseMessage, ScopeContext, Task> ForbiddenSayingAsync(string message) => async (response, context) =>
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, body, StringComparison.Ordinal);
        Assert.DoesNotContain(context.Name, body, StringComparison.Ordinal);
    };

    private static async Task PolicyWithoutTheFirmAsync(HttpResponseMessage response, ScopeContext context)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("value=\"350203\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain(context.Name, body, StringComparison.Ordinal);
        Assert.DoesNotContain(context.CreditCode, body, StringComparison.Ordinal);
    }

    /// <summary>The page answers with its problem, and the other county's setting is as it was (not published).</summary>
    private static async Task GradesStayUnpublishedAsync(HttpResponseMessage response, ScopeContext context)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"grade-publication-problem\"", body, StringComparison.Ordinal);
        Assert.Contains("只能设定本辖区或下级辖区", body, StringComparison.Ordinal);
        Assert.Contains("data-published=\"false\"", body, StringComparison.Ordinal);
    }

    /// <summary>The department the 思明区 grant is issued to.</summary>
    public const string GrantDepartment = "fj.ocean-fisheries";

    private static async Task LacksGrantAsync(HttpResponseMessage response, ScopeContext context)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(context.Credit.GrantId.ToString(), body, StringComparison.Ordinal);
        Assert.DoesNotContain("data-grant=", body, StringComparison.Ordinal);
    }

    private static Task AccessDeniedAsync(HttpResponseMessage response, ScopeContext context)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(Zhixin.Platform.PlatformRoutes.AccessDenied, response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        return Task.CompletedTask;
    }

    private static async Task LacksListingAsync(HttpResponseMessage response, ScopeContext context)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"no-listings\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain(context.CreditApi!.ListingId.ToString(), body, StringComparison.Ordinal);
        Assert.DoesNotContain(context.CreditApi.Title, body, StringComparison.Ordinal);
        Assert.DoesNotContain(context.Name, body, StringComparison.Ordinal);
        Assert.DoesNotContain("1,0,0,0,0,0]", body, StringComparison.Ordinal);
    }

    private static async Task NotFoundWithoutTheFirmAsync(HttpResponseMessage response, ScopeContext context)
    {
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(context.Name, body, StringComparison.Ordinal);
        Assert.DoesNotContain(context.CreditApi!.Title, body, StringComparison.Ordinal);
    }

    private static Task OkAsync(HttpResponseMessage response, ScopeContext context)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Task.CompletedTask;
    }

    private static async Task WhatIfFindsNoFirmAsync(HttpResponseMessage response, ScopeContext context)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"what-if-problem\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain(context.Name, body, StringComparison.Ordinal);
    }

    /// <summary>Writes the record and scores the firm as the system does, so the firm has a current grade to leak.</summary>
    public static Task<CreditScope> ArrangeAsync(ZhixinApp app, string firm, string name) => app.WithServicesAsync(async services =>
    {
        var db = services.GetRequiredService<CreditDbContext>();
        var marker = "CREDIT" + TestCodes.Token().ToUpperInvariant();
        var now = app.Clock.GetUtcNow();
        var record = new CreditRecord
        {
            Id = Guid.CreateVersion7(), EnterpriseCreditCode = firm, EnterpriseName = name, RegionCode = "350203",
            Kind = CreditRecordKind.AdministrativePenalty, Severity = RecordSeverity.Serious, OccurredOn = new DateOnly(2026, 9, 1),
            Title = marker, DocumentNumber = marker, SourceModule = "manual", SourceReference = marker, CreatedAt = now, CreatedBy = "test",
        };
        db.Records.Add(record);
        await db.SaveChangesAsync();
        await services.GetRequiredService<EnterpriseRescorer>().RescoreAsync(firm, "record", CancellationToken.None);
        var grant = new SharingGrant
        {
            Id = Guid.CreateVersion7(), DepartmentCode = GrantDepartment, DepartmentName = "福建省海洋与渔业厅", RegionCode = "350203", Scopes = "credit:grade",
            Purpose = marker, ExpiresOn = new DateOnly(2027, 6, 30), TokenHash = marker.ToLowerInvariant(), TokenHint = "zxdep_scope",
            IssuedAt = now, IssuedBy = "test", IssuerRegionCode = "350203",
        };
        db.SharingGrants.Add(grant);
        await db.SaveChangesAsync();
        return new CreditScope(record.Id, marker, grant.Id);
    });

    private static async Task LacksFileAsync(HttpResponseMessage response, ScopeContext context)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        // The code typed into the filter is echoed in its input; the firm must not be among the rows or in the chart's counts.
        Assert.DoesNotContain($"data-code=\"{context.CreditCode}\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain(context.Name, body, StringComparison.Ordinal);
        Assert.DoesNotContain(context.Credit.Marker, body, StringComparison.Ordinal);
        Assert.DoesNotContain("&quot;value&quot;:1", body, StringComparison.Ordinal);
    }

    private static async Task LacksCaseAsync(HttpResponseMessage response, ScopeContext context, Guid caseId)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(caseId.ToString(), body, StringComparison.Ordinal);
        Assert.DoesNotContain(context.Name, body, StringComparison.Ordinal);
        Assert.Contains("id=\"status-chart\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("&quot;value&quot;:1", body, StringComparison.Ordinal);
    }

    private static async Task PublicOnlyAsync(HttpResponseMessage response, ScopeContext context)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(context.Credit.Marker, body, StringComparison.Ordinal);
        Assert.Contains("id=\"no-listings\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("风险分类", body, StringComparison.Ordinal);
    }

    private static Task NotFoundAsync(HttpResponseMessage response, ScopeContext context)
    {
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        return Task.CompletedTask;
    }
}

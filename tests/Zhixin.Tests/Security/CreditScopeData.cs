using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Credit;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Features.Rescore;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Security;

/// <summary>The 思明区 firm's credit file: one serious penalty (its title carries the marker) and the assessment it gave.</summary>
internal sealed record CreditScope(Guid RecordId, string Marker);

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
    ];

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
        return new CreditScope(record.Id, marker);
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

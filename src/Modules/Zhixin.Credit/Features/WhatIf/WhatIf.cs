using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Credit.Data;
using Zhixin.Credit.Features.Rescore;
using Zhixin.Credit.Features.RuleSets;
using Zhixin.Credit.Lists;
using Zhixin.Credit.Scoring;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Scoping;
using Zhixin.Platform.Web;
using Zhixin.Register.Contracts;

namespace Zhixin.Credit.Features.WhatIf;

/// <summary>A firm scored today under the rule set in force and under another version (a draft, usually), side by side.</summary>
internal sealed record WhatIfView(string CreditCode, string Name, WhatIfScore InForce, WhatIfScore Tried);

internal sealed record WhatIfScore(
    int RuleSetVersion, string Status, decimal Score, string Grade, string GradeName, string? GradeCappedBy, string? RiskClass,
    IReadOnlyList<ScoreLineView> Lines, IReadOnlyList<ListingCapView> Listings, IReadOnlyList<GradeOutlookView> Outlook);

/// <summary>
/// What a firm's grade would be under another rule set version, and when each better grade would come, without
/// storing anything. The firm must be in the caller's scope; it is scored from its whole file, as real scoring is.
/// </summary>
internal sealed class WhatIfHandler(CreditDbContext db, IEnterpriseDirectory directory, RuleSetCatalog rules, IServiceProvider services, TimeProvider clock)
{
    public async Task<Outcome<WhatIfView>> HandleAsync(string creditCode, int ruleSet, CancellationToken cancellationToken)
    {
        var parsed = CreditCode.ParseAllowingCheckOverride(creditCode?.Trim().ToUpperInvariant());
        var found = parsed.IsValid ? await directory.FindAsync([parsed.Value.Value], cancellationToken) : new Dictionary<string, EnterpriseSummary>();
        if (!found.TryGetValue(parsed.Value.Value ?? "", out var enterprise))
        {
            return Failure.NotFound(CreditText.Format("File.NotFound", creditCode ?? ""));
        }

        var tried = await rules.FindAsync(ruleSet, cancellationToken);
        if (tried is null)
        {
            return Failure.NotFound(CreditText.Format("RuleSet.NotFound", ruleSet));
        }

        var today = ChinaTime.Today(clock);
        var inForce = await rules.EffectiveAsync(today, cancellationToken);
        List<ScoredRecord> records;
        List<ListingCap> listings;
        await using (var scope = SystemScope.Create(services, "credit:what-if"))
        {
            // The listings cap the grade in the what-if as in real scoring, whichever region decided them.
            var systemDb = scope.ServiceProvider.GetRequiredService<CreditDbContext>();
            records = await EnterpriseRescorer.RecordsAsync(systemDb, enterprise.CreditCode, cancellationToken);
            listings = await ListingCaps.ForFirmAsync(systemDb, enterprise.CreditCode, cancellationToken);
        }

        var showRiskClass = CreditAccess.MaySeeRiskClass(db.Caller);
        return new WhatIfView(
            enterprise.CreditCode, enterprise.Name,
            Score(inForce, "inForce", records, listings, today, showRiskClass),
            Score(tried, tried.Version == inForce.Version ? "inForce" : "tried", records, listings, today, showRiskClass));
    }

    private static WhatIfScore Score(ScoringModel model, string status, List<ScoredRecord> records, List<ListingCap> listings, DateOnly today, bool showRiskClass)
    {
        var score = CreditScorer.Score(model, records, today, listings);
        return new WhatIfScore(
            model.Version, status, score.Score, score.Grade.ToString(), CreditLabels.Grade(score.Grade), score.GradeCappedBy,
            showRiskClass ? score.RiskClass.ToString() : null,
            [.. score.Lines.Select(ScoreLineView.Of)],
            [.. score.Listings.Select(ListingCapView.Of)],
            [.. CreditScorer.Outlook(model, records, today, listings).Select(o => new GradeOutlookView(o.Grade.ToString(), CreditLabels.Grade(o.Grade), o.From, o.ScoreThen))]);
    }
}

internal static class WhatIfEndpoint
{
    public static async Task<Results<Ok<WhatIfView>, ProblemHttpResult>> HandleAsync(
        string code, int ruleSet, WhatIfHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(code, ruleSet, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}

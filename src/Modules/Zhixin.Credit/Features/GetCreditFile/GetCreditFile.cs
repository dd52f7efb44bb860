using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Data;
using Zhixin.Credit.Features.Rescore;
using Zhixin.Credit.Features.RuleSets;
using Zhixin.Credit.Lists;
using Zhixin.Credit.Scoring;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Web;
using Zhixin.Register.Contracts;

namespace Zhixin.Credit.Features.GetCreditFile;

/// <summary>
/// A firm's credit file: the firm, every record (voided ones with their reason), the current assessment with its
/// breakdown, the earlier assessments, the firm's listings on the red and black lists, and when each better grade is reached if nothing new is recorded.
/// </summary>
internal sealed record CreditFileView(
    string CreditCode,
    string Name,
    string RegionCode,
    AssessmentView? Current,
    IReadOnlyList<GradeOutlookView> Outlook,
    IReadOnlyList<CreditRecordView> Records,
    IReadOnlyList<AssessmentHistoryView> History,
    IReadOnlyList<ListingView> Listings);

/// <summary>An earlier assessment, in one line.</summary>
internal sealed record AssessmentHistoryView(Guid Id, DateTimeOffset AssessedAt, decimal Score, string Grade, string? RiskClass, int RuleSetVersion, string Trigger, bool Current);

/// <summary>Reads one firm's file within the caller's scope; an enterprise account reads only its own, without the internal risk class.</summary>
internal sealed class GetCreditFileHandler(CreditDbContext db, IEnterpriseDirectory directory, RuleSetCatalog rules, TimeProvider clock)
{
    public const int HistoryShown = 50;

    public async Task<Outcome<CreditFileView>> HandleAsync(string creditCode, CancellationToken cancellationToken)
    {
        // A pilot-era code the register admitted with its override has a file like any other.
        var parsed = CreditCode.ParseAllowingCheckOverride(creditCode?.Trim().ToUpperInvariant());
        if (!parsed.IsValid)
        {
            return Failure.NotFound(CreditText.Format("File.NotFound", creditCode ?? ""));
        }

        var code = parsed.Value;
        var found = await directory.FindAsync([code.Value], cancellationToken);
        if (!found.TryGetValue(code.Value, out var enterprise))
        {
            return Failure.NotFound(CreditText.Format("File.NotFound", code.Value));
        }

        var showRiskClass = CreditAccess.MaySeeRiskClass(db.Caller);
        var records = await db.Records.AsNoTracking().IgnoreQueryFilters([Platform.Data.ScopedDbContext.VoidedFilter])
            .Where(r => r.EnterpriseCreditCode == code.Value)
            .OrderByDescending(r => r.OccurredOn).ThenByDescending(r => r.CreatedAt)
            .ToListAsync(cancellationToken);
        var assessments = await db.Assessments.AsNoTracking()
            .Where(a => a.EnterpriseCreditCode == code.Value)
            .OrderByDescending(a => a.AssessedAt)
            .Take(HistoryShown)
            .ToListAsync(cancellationToken);
        var current = assessments.FirstOrDefault(a => a.IsCurrent);

        var today = ChinaTime.Today(clock);
        var model = await rules.EffectiveAsync(today, cancellationToken);
        var scored = records.Where(r => r.VoidedAt is null).Select(r => new ScoredRecord(r.Id, r.Kind, r.Severity, r.OccurredOn, r.Title, r.RepairedOn)).ToList();
        var listings = await ListingAccess.Visible(db).AsNoTracking()
            .Where(l => l.EnterpriseCreditCode == code.Value)
            .OrderByDescending(l => l.ProposedAt)
            .ToListAsync(cancellationToken);
        var caps = listings.Where(l => l.Status == Domain.ListingStatus.Listed && l.GradeAtBest is not null).Select(ListingCaps.Of).ToList();
        var outlook = CreditScorer.Outlook(model, scored, today, caps)
            .Select(o => new GradeOutlookView(o.Grade.ToString(), CreditLabels.Grade(o.Grade), o.From, o.ScoreThen))
            .ToList();
        return new CreditFileView(
            enterprise.CreditCode, enterprise.Name, enterprise.RegionCode,
            current is null ? null : AssessmentView.Of(current, showRiskClass),
            outlook,
            [.. records.Select(CreditRecordView.Of)],
            [.. assessments.Select(a => new AssessmentHistoryView(
                a.Id, a.AssessedAt, a.Score, a.Grade.ToString(), showRiskClass ? a.RiskClass.ToString() : null, a.RuleSetVersion, a.Trigger, a.IsCurrent))],
            [.. listings.Select(l => ListingView.Of(l, today))]);
    }
}

internal static class GetCreditFileEndpoint
{
    public static async Task<Results<Ok<CreditFileView>, ProblemHttpResult>> HandleAsync(
        string code, GetCreditFileHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(code, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}

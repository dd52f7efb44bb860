using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Features.PublicLookup;
using Zhixin.Credit.Features.RuleSets;
using Zhixin.Credit.Lists;
using Zhixin.Credit.Scoring;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Scoping;
using Zhixin.Register.Contracts;

namespace Zhixin.Credit.Features.Rescore;

/// <summary>What a rescoring did: the current assessment, the score behind it, and whether it replaced another.</summary>
internal sealed record RescoreResult(CreditAssessment Assessment, CreditScore Score, bool Changed, CreditGrade? PreviousGrade);

/// <summary>
/// Scores one firm from its whole file under the rule set in force today, acting as the system: a score must not
/// depend on which official's request set it off, and a firm that moved keeps the records its old region made. A
/// new assessment is stored only when something in it changed; the one it replaces stays as history.
/// </summary>
internal sealed class EnterpriseRescorer(IServiceProvider services)
{
    public async Task<RescoreResult> RescoreAsync(string creditCode, string trigger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(creditCode);
        try
        {
            return await ScoreAsync(creditCode, trigger, cancellationToken);
        }
        finally
        {
            // Listing decisions, removals and revocations all score the firm again: its public view is built anew.
            services.GetRequiredService<PublicCreditCache>().Invalidate(creditCode);
        }
    }

    private async Task<RescoreResult> ScoreAsync(string creditCode, string trigger, CancellationToken cancellationToken)
    {
        await using var scope = SystemScope.Create(services, "credit:" + trigger);
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<CreditDbContext>();
        var clock = provider.GetRequiredService<TimeProvider>();
        var today = ChinaTime.Today(clock);
        var model = await provider.GetRequiredService<RuleSetCatalog>().EffectiveAsync(today, cancellationToken);
        var region = await RegionAsync(provider, db, creditCode, cancellationToken);
        // Records of one firm can arrive at once (two officials, an event, the nightly run): one scoring at a time per
        // firm, reading the file inside the lock, so none replaces the current assessment with one that misses a record.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await LockFirmAsync(db, creditCode, cancellationToken);
        // Taken before the file is read: a record committed in between makes it differ, so the nightly run scores again.
        var fingerprint = await FileFingerprints.OfFirmAsync(db, creditCode, cancellationToken);
        var records = await RecordsAsync(db, creditCode, cancellationToken);
        var listings = await ListingCaps.ForFirmAsync(db, creditCode, cancellationToken);
        var score = CreditScorer.Score(model, records, today, listings);
        var breakdown = AssessmentBreakdown.Of(score).ToJson();
        var nextChange = NextPossibleChange.After(model, records, listings, today);
        var current = await db.Assessments.AsNoTracking()
            .SingleOrDefaultAsync(a => a.EnterpriseCreditCode == creditCode && a.IsCurrent, cancellationToken);
        if (!AssessmentChange.Differs(current, score, breakdown))
        {
            if (current.InputsFingerprint != fingerprint || current.NextPossibleChangeOn != nextChange)
            {
                await AssessmentBookkeeping.SaveAsync(db, [new AssessmentBookkeeping(creditCode, fingerprint, nextChange)], cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            return new RescoreResult(current, score, Changed: false, current.Grade);
        }

        var assessment = AssessmentChange.Next(creditCode, region, score, breakdown, today, clock.GetUtcNow(), trigger, fingerprint, nextChange);
        await db.Assessments.Where(a => a.EnterpriseCreditCode == creditCode && a.IsCurrent)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.IsCurrent, false), cancellationToken);
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RescoreResult(assessment, score, Changed: true, current?.Grade);
    }

    /// <summary>
    /// Holds the firm until the transaction ends: a transaction-scoped advisory lock on PostgreSQL; on SQLite the
    /// transaction itself, which Microsoft.Data.Sqlite begins IMMEDIATE, so writers already queue one at a time.
    /// </summary>
    private static async Task LockFirmAsync(CreditDbContext db, string creditCode, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            var key = "credit:" + creditCode;
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({key}, 0))", cancellationToken);
        }
    }

    /// <summary>The firm's records as the scorer reads them (voided ones are left out by the context).</summary>
    public static async Task<List<ScoredRecord>> RecordsAsync(CreditDbContext db, string creditCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Records.AsNoTracking()
            .Where(r => r.EnterpriseCreditCode == creditCode)
            .Select(r => new ScoredRecord(r.Id, r.Kind, r.Severity, r.OccurredOn, r.Title, r.RepairedOn))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The firm's region in the register now, else the region of its latest record.</summary>
    private static async Task<string> RegionAsync(IServiceProvider provider, CreditDbContext db, string creditCode, CancellationToken cancellationToken)
    {
        var found = await provider.GetRequiredService<IEnterpriseDirectory>().FindAsync([creditCode], cancellationToken);
        if (found.TryGetValue(creditCode, out var enterprise))
        {
            return enterprise.RegionCode;
        }

        return await db.Records
            .Where(r => r.EnterpriseCreditCode == creditCode)
            .OrderByDescending(r => r.CreatedAt)
            .Select(r => r.RegionCode)
            .FirstOrDefaultAsync(cancellationToken) ?? "000000";
    }
}

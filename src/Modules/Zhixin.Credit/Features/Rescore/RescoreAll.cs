using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Features.RuleSets;
using Zhixin.Credit.Scoring;
using Zhixin.Platform.Data;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Scoping;
using Zhixin.Register.Contracts;

namespace Zhixin.Credit.Features.Rescore;

/// <summary>What a full rescoring did.</summary>
internal sealed record RescoreAllResult(int Enterprises, int Changed, int GradeChanged);

/// <summary>
/// Scores again every firm that has a record or an assessment (the nightly run, and <c>zhixin credit rescore</c>):
/// records age out of their periods and rule sets take effect by date, so grades change without new records.
/// Firms are scored a chunk at a time, each chunk in one transaction holding every firm of it, with one query per table
/// for the chunk: the same result as scoring them one by one, without a million round trips.
/// </summary>
internal sealed class RescoreAllHandler(IServiceProvider services, CreditDbContext db)
{
    /// <summary>Firms per transaction: large enough to make round trips rare, small enough for PostgreSQL's lock table.</summary>
    public const int ChunkSize = 1000;

    public Task<RescoreAllResult> HandleAsync(string trigger, IProgress<long>? progress, CancellationToken cancellationToken) =>
        HandleAsync(trigger, ChunkSize, progress, cancellationToken);

    public async Task<RescoreAllResult> HandleAsync(string trigger, int chunkSize, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        var codes = await db.Records.IgnoreQueryFilters([ScopedDbContext.VoidedFilter]).Select(r => r.EnterpriseCreditCode)
            .Union(db.Assessments.Select(a => a.EnterpriseCreditCode))
            .Distinct()
            .OrderBy(c => c)
            .ToListAsync(cancellationToken);
        int changed = 0, gradeChanged = 0;
        for (var start = 0; start < codes.Count; start += chunkSize)
        {
            var chunk = codes.GetRange(start, Math.Min(chunkSize, codes.Count - start));
            var (chunkChanged, chunkGradeChanged) = await RescoreChunkAsync(chunk, trigger, cancellationToken);
            changed += chunkChanged;
            gradeChanged += chunkGradeChanged;
            progress?.Report(start + chunk.Count);
        }

        return new RescoreAllResult(codes.Count, changed, gradeChanged);
    }

    public Task<int> CountAsync(CancellationToken cancellationToken) =>
        db.Records.IgnoreQueryFilters([ScopedDbContext.VoidedFilter]).Select(r => r.EnterpriseCreditCode).Union(db.Assessments.Select(a => a.EnterpriseCreditCode)).Distinct().CountAsync(cancellationToken);

    private async Task<(int Changed, int GradeChanged)> RescoreChunkAsync(List<string> codes, string trigger, CancellationToken cancellationToken)
    {
        // A fresh context per chunk: the change tracker and the connection's state do not grow over a million firms.
        await using var scope = SystemScope.Create(services, "credit:" + trigger);
        var provider = scope.ServiceProvider;
        var chunkDb = provider.GetRequiredService<CreditDbContext>();
        var clock = provider.GetRequiredService<TimeProvider>();
        var today = ChinaTime.Today(clock);
        var model = await provider.GetRequiredService<RuleSetCatalog>().EffectiveAsync(today, cancellationToken);
        await using var transaction = await chunkDb.Database.BeginTransactionAsync(cancellationToken);
        await LockFirmsAsync(chunkDb, codes, cancellationToken);
        var files = await FirmFiles.LoadAsync(chunkDb, provider.GetRequiredService<IEnterpriseDirectory>(), codes, cancellationToken);
        var current = await chunkDb.Assessments.AsNoTracking()
            .Where(a => codes.Contains(a.EnterpriseCreditCode) && a.IsCurrent)
            .ToDictionaryAsync(a => a.EnterpriseCreditCode, StringComparer.Ordinal, cancellationToken);
        var now = clock.GetUtcNow();
        var next = new List<CreditAssessment>();
        var gradeChanged = 0;
        foreach (var code in codes)
        {
            var file = files[code];
            var score = CreditScorer.Score(model, file.Records, today, file.Listings);
            var breakdown = AssessmentBreakdown.Of(score).ToJson();
            current.TryGetValue(code, out var before);
            if (AssessmentChange.Differs(before, score, breakdown))
            {
                next.Add(AssessmentChange.Next(code, file.RegionCode, score, breakdown, today, now, trigger));
                gradeChanged += before?.Grade != score.Grade ? 1 : 0;
            }
        }

        if (next.Count > 0)
        {
            var replaced = next.Select(a => a.EnterpriseCreditCode).ToList();
            await chunkDb.Assessments.Where(a => replaced.Contains(a.EnterpriseCreditCode) && a.IsCurrent)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.IsCurrent, false), cancellationToken);
            chunkDb.Assessments.AddRange(next);
            await chunkDb.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return (next.Count, gradeChanged);
    }

    /// <summary>
    /// Takes the same per-firm lock as one firm's scoring for every firm of the chunk, in key order so that two full
    /// runs never wait on each other in a circle. SQLite's immediate transaction already admits one writer.
    /// </summary>
    private static async Task LockFirmsAsync(CreditDbContext db, List<string> codes, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            var keys = codes.Select(c => "credit:" + c).ToArray();
            await db.Database.ExecuteSqlAsync(
                $"SELECT pg_advisory_xact_lock(k) FROM (SELECT DISTINCT hashtextextended(c, 0) AS k FROM unnest({keys}) AS c) AS firms ORDER BY k",
                cancellationToken);
        }
    }
}

using System.Text;
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
/// for the chunk: the same result as scoring them one by one, without a million round trips. On PostgreSQL chunks run
/// side by side, one per core, so one chunk is scored while the database reads the next.
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
        var chunks = codes.Chunk(chunkSize).ToList();
        int changed = 0, gradeChanged = 0;
        long done = 0;
        // Chunks hold disjoint firms, so side by side they never wait on each other's locks. SQLite admits one writer
        // at a time anyway.
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = db.Database.IsNpgsql() ? Math.Clamp(Environment.ProcessorCount, 1, 4) : 1,
            CancellationToken = cancellationToken,
        };
        await Parallel.ForEachAsync(chunks, options, async (chunk, token) =>
        {
            var (chunkChanged, chunkGradeChanged) = await RescoreChunkAsync(chunk, trigger, token);
            Interlocked.Add(ref changed, chunkChanged);
            Interlocked.Add(ref gradeChanged, chunkGradeChanged);
            progress?.Report(Interlocked.Add(ref done, chunk.Length));
        });
        return new RescoreAllResult(codes.Count, changed, gradeChanged);
    }

    public Task<int> CountAsync(CancellationToken cancellationToken) =>
        db.Records.IgnoreQueryFilters([ScopedDbContext.VoidedFilter]).Select(r => r.EnterpriseCreditCode).Union(db.Assessments.Select(a => a.EnterpriseCreditCode)).Distinct().CountAsync(cancellationToken);

    private async Task<(int Changed, int GradeChanged)> RescoreChunkAsync(string[] codes, string trigger, CancellationToken cancellationToken)
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
        var current = await CurrentAssessments.LoadAsync(chunkDb, codes, cancellationToken);
        var now = clock.GetUtcNow();
        var next = new List<CreditAssessment>();
        var gradeChanged = 0;
        foreach (var code in codes)
        {
            var file = files[code];
            var score = CreditScorer.Score(model, file.Records, today, file.Listings);
            var breakdown = AssessmentBreakdown.Of(score).ToUtf8Json();
            current.TryGetValue(code, out var before);
            if (CurrentAssessments.Differs(before, score, breakdown))
            {
                next.Add(AssessmentChange.Next(code, file.RegionCode, score, Encoding.UTF8.GetString(breakdown), today, now, trigger));
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
    private static async Task LockFirmsAsync(CreditDbContext db, string[] codes, CancellationToken cancellationToken)
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

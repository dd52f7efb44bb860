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

/// <summary>What a full rescoring did: the firms it looked at, the ones it scored, and what changed.</summary>
internal sealed record RescoreAllResult(int Enterprises, int Scored, int Changed, int GradeChanged);

/// <summary>
/// Scores again every firm that has a record or an assessment and may score differently today (the nightly run, and
/// <c>zhixin credit rescore</c>): records age out of their periods and rule sets take effect by date, so grades change
/// without new records. On PostgreSQL a firm is left alone when its file's fingerprint, the rule set in force and the
/// date all show nothing could have changed since its current assessment (<see cref="FileFingerprints"/>); with
/// <c>all</c>, or on SQLite, every firm is scored. Firms are scored a chunk at a time, each chunk in one transaction
/// holding every firm of it, with one query per table for the chunk: the same result as scoring them one by one,
/// without a million round trips. On PostgreSQL chunks run side by side, one per core, so one chunk is scored while
/// the database reads the next.
/// </summary>
internal sealed class RescoreAllHandler(IServiceProvider services, CreditDbContext db, RuleSetCatalog catalog, TimeProvider clock)
{
    /// <summary>Firms per transaction: large enough to make round trips rare, small enough for PostgreSQL's lock table.</summary>
    public const int ChunkSize = 1000;

    public Task<RescoreAllResult> HandleAsync(string trigger, IProgress<long>? progress, CancellationToken cancellationToken) =>
        HandleAsync(trigger, ChunkSize, all: false, progress, cancellationToken);

    public async Task<RescoreAllResult> HandleAsync(string trigger, int chunkSize, bool all, IProgress<long>? progress, CancellationToken cancellationToken) =>
        await RunAsync(await PlanAsync(all, cancellationToken), trigger, chunkSize, progress, cancellationToken);

    /// <summary>Which firms a run would score today (all of them with <paramref name="all"/>), out of how many.</summary>
    public async Task<DueFirms> PlanAsync(bool all, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        var model = await catalog.EffectiveAsync(today, cancellationToken);
        return await DueAsync(model.Version, today, all, cancellationToken);
    }

    public async Task<RescoreAllResult> RunAsync(DueFirms due, string trigger, int chunkSize, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(due);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        long done = due.Total - due.Codes.Length;
        progress?.Report(done);
        var chunks = due.Codes.Index().Chunk(chunkSize)
            .Select(chunk => chunk.Select(c => new DueFirm(c.Item, due.Fingerprints[c.Index])).ToArray())
            .ToList();
        int changed = 0, gradeChanged = 0;
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
        return new RescoreAllResult(due.Total, due.Codes.Length, changed, gradeChanged);
    }

    private async Task<DueFirms> DueAsync(int ruleSetVersion, DateOnly today, bool all, CancellationToken cancellationToken)
    {
        if (FileFingerprints.Kept(db))
        {
            return await FileFingerprints.DueAsync(db, ruleSetVersion, today, all, cancellationToken);
        }

        var codes = await db.Records.IgnoreQueryFilters([ScopedDbContext.VoidedFilter]).Select(r => r.EnterpriseCreditCode)
            .Union(db.Assessments.Select(a => a.EnterpriseCreditCode))
            .Distinct()
            .ToArrayAsync(cancellationToken);
        Array.Sort(codes, StringComparer.Ordinal);
        return new DueFirms(codes.Length, codes, new long?[codes.Length]);
    }

    private async Task<(int Changed, int GradeChanged)> RescoreChunkAsync(DueFirm[] firms, string trigger, CancellationToken cancellationToken)
    {
        // A fresh context per chunk: the change tracker and the connection's state do not grow over a million firms.
        await using var scope = SystemScope.Create(services, "credit:" + trigger);
        var provider = scope.ServiceProvider;
        var chunkDb = provider.GetRequiredService<CreditDbContext>();
        var today = ChinaTime.Today(clock);
        var model = await provider.GetRequiredService<RuleSetCatalog>().EffectiveAsync(today, cancellationToken);
        var codes = firms.Select(f => f.Code).ToArray();
        await using var transaction = await chunkDb.Database.BeginTransactionAsync(cancellationToken);
        await LockFirmsAsync(chunkDb, codes, cancellationToken);
        var files = await FirmFiles.LoadAsync(chunkDb, provider.GetRequiredService<IEnterpriseDirectory>(), codes, cancellationToken);
        var current = await CurrentAssessments.LoadAsync(chunkDb, codes, cancellationToken);
        var now = clock.GetUtcNow();
        var next = new List<CreditAssessment>();
        var bookkeeping = new List<AssessmentBookkeeping>();
        var gradeChanged = 0;
        foreach (var firm in firms)
        {
            var file = files[firm.Code];
            var score = CreditScorer.Score(model, file.Records, today, file.Listings);
            var breakdown = AssessmentBreakdown.Of(score).ToUtf8Json();
            var nextChange = NextPossibleChange.After(model, file.Records, file.Listings, today);
            current.TryGetValue(firm.Code, out var before);
            if (CurrentAssessments.Differs(before, score, breakdown))
            {
                next.Add(AssessmentChange.Next(firm.Code, file.RegionCode, score, Encoding.UTF8.GetString(breakdown), today, now, trigger, firm.Fingerprint, nextChange));
                gradeChanged += before?.Grade != score.Grade ? 1 : 0;
            }
            else if (before.InputsFingerprint != firm.Fingerprint || before.NextPossibleChangeOn != nextChange)
            {
                bookkeeping.Add(new AssessmentBookkeeping(firm.Code, firm.Fingerprint, nextChange));
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

        await AssessmentBookkeeping.SaveAsync(chunkDb, bookkeeping, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (next.Count, gradeChanged);
    }

    private sealed record DueFirm(string Code, long? Fingerprint);

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

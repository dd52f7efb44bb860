using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Data;

namespace Zhixin.Platform.Audit.VerifyAuditChain;

public sealed record AuditChainProblem(long Sequence, string Kind, string Description);

public sealed record VerifyAuditChainResponse(long EntriesChecked, long? LastSequence, long? AnchorSequence, IReadOnlyList<AuditChainProblem> Problems)
{
    public bool Intact => Problems.Count == 0;
}

/// <summary>
/// Recomputes every entry's HMAC-SM3 in sequence order. A changed field shows as a MAC mismatch at that
/// entry; an inserted entry as a mismatch or a repeated number; a removed one as a gap, or, at the end, as
/// a chain shorter than the anchor kept beside the key.
/// </summary>
internal sealed class VerifyAuditChainHandler(PlatformDbContext db, AuditKey key, AuditAnchor anchor)
{
    public const string Altered = "altered";
    public const string Missing = "missing";
    public const string Truncated = "truncated";
    public const string AnchorMismatch = "anchor-mismatch";

    private const int MaxProblems = 1000;

    public async Task<VerifyAuditChainResponse> HandleAsync(IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var problems = new List<AuditChainProblem>();
        var head = anchor.Read();
        var count = 0L;
        long expected = 1;
        string? previousMac = null;
        string? macAtAnchor = null;
        byte[]? secret = null;

        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            secret ??= key.Read();
            count++;
            if (entry.Sequence != expected)
            {
                Add(problems, new AuditChainProblem(expected, Missing,
                    $"entries {expected}–{entry.Sequence - 1} are missing before entry {entry.Sequence}"));
            }

            var mac = AuditMac.Compute(secret, previousMac, entry);
            if (!string.Equals(mac, entry.Mac, StringComparison.Ordinal))
            {
                Add(problems, new AuditChainProblem(entry.Sequence, Altered,
                    $"entry {entry.Sequence} does not match its MAC: it was altered, inserted, or the entry before it was removed"));
            }

            if (head is not null && entry.Sequence == head.Sequence)
            {
                macAtAnchor = entry.Mac;
            }

            previousMac = entry.Mac;
            expected = entry.Sequence + 1;
            if (count % 10_000 == 0)
            {
                progress?.Report(count);
            }
        }

        progress?.Report(count);
        var last = count == 0 ? (long?)null : expected - 1;
        if (head is not null)
        {
            if ((last ?? 0) < head.Sequence)
            {
                Add(problems, new AuditChainProblem(head.Sequence, Truncated,
                    $"the anchor records entry {head.Sequence} but the log ends at {last ?? 0}: newest entries were removed"));
            }
            else if (!string.Equals(macAtAnchor, head.Mac, StringComparison.Ordinal))
            {
                Add(problems, new AuditChainProblem(head.Sequence, AnchorMismatch,
                    $"entry {head.Sequence} differs from the one the anchor recorded"));
            }
        }

        return new VerifyAuditChainResponse(count, last, head?.Sequence, problems);
    }

    private static void Add(List<AuditChainProblem> problems, AuditChainProblem problem)
    {
        if (problems.Count < MaxProblems)
        {
            problems.Add(problem);
        }
    }
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Data;
using Zhixin.Credit.Sharing;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Features.ShareCreditData;

/// <summary>One change: its cursor, the firm, what kind (grade, record, listing), which row and what happened.</summary>
internal sealed record CreditChangeView(long Cursor, string CreditCode, string RegionCode, string Kind, Guid SubjectId, string Change, DateTimeOffset RecordedAt);

/// <summary>A page of the feed; ask again with <c>since=NextCursor</c>. The next cursor never goes back, even on an empty page.</summary>
internal sealed record ChangeFeedResponse(IReadOnlyList<CreditChangeView> Items, long NextCursor, bool More);

/// <summary>
/// "What changed since cursor X" in the firms and data kinds the caller's grants open. Before reading, the feed gives
/// every change that has become visible a sequence number above all numbers handed out so far (one stamper at a time), so a
/// change that committed late is numbered after the cursor of a reader who already went past, never behind it.
/// </summary>
internal sealed class ReadChangeFeedHandler(CreditDbContext db, SharedFileReader reader, TimeProvider clock)
{
    public const int MaxPageSize = 1000;

    public async Task<Outcome<ChangeFeedResponse>> HandleAsync(long since, int pageSize, CancellationToken cancellationToken)
    {
        if (since < 0 || pageSize is < 1 or > MaxPageSize)
        {
            var errors = new FieldErrors();
            if (since < 0)
            {
                errors.Add("since", CreditText.Get("Sharing.CursorNegative"));
            }

            if (pageSize is < 1 or > MaxPageSize)
            {
                errors.Add("pageSize", CreditText.Format("Sharing.PageSize", MaxPageSize));
            }

            return errors;
        }

        var access = await SharingAccess.ForAsync(db, clock, cancellationToken);
        if (access is null)
        {
            return Failure.Forbidden(CreditText.Get("Sharing.NoGrant"));
        }

        await StampAsync(cancellationToken);
        var kinds = new Dictionary<string, string>
        {
            [CreditChangeKinds.Grade] = SharingScopes.Grade,
            [CreditChangeKinds.Record] = SharingScopes.Records,
            [CreditChangeKinds.Listing] = SharingScopes.Lists,
        };
        var items = new List<CreditChangeView>();
        var cursor = since;
        var more = false;
        // Ranges per grant keep the filtering in SQL; the kinds each grant opens are checked per row.
        var ranges = access.Grants.Select(g => Platform.Scoping.RegionScope.ForRegion(Platform.Codes.RegionCode.Parse(g.RegionCode).Value)).ToList();
        while (items.Count < pageSize)
        {
            var batch = await db.Changes.AsNoTracking()
                .Where(c => c.Sequence > cursor)
                .OrderBy(c => c.Sequence)
                .Take(pageSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var change in batch)
            {
                cursor = change.Sequence!.Value;
                if (ranges.Any(r => r.Includes(change.RegionCode)) && access.ScopesFor(change.RegionCode).Contains(kinds[change.Kind]))
                {
                    items.Add(new CreditChangeView(cursor, change.CreditCode, change.RegionCode, change.Kind, change.SubjectId, change.Change, change.RecordedAt));
                    if (items.Count == pageSize)
                    {
                        break;
                    }
                }
            }

            if (batch.Count < pageSize && items.Count < pageSize)
            {
                break;
            }
        }

        if (items.Count == pageSize)
        {
            more = await db.Changes.AnyAsync(c => c.Sequence > cursor, cancellationToken);
        }

        await reader.AuditAsync(access,
            [SharedFileReader.FeedRead(access, since, cursor, items.Count)],
            cancellationToken);
        return new ChangeFeedResponse(items, cursor, more);
    }

    /// <summary>
    /// Numbers the visible, unnumbered changes after the highest number, under one lock: a transaction-scoped advisory lock
    /// on PostgreSQL, the IMMEDIATE write transaction on SQLite. Numbers are handed out in the order changes became
    /// visible to the stamper, so no reader's cursor can already be past a change that is numbered later.
    /// </summary>
    private async Task StampAsync(CancellationToken cancellationToken)
    {
        if (!await db.Changes.AnyAsync(c => c.Sequence == null, cancellationToken))
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended('credit:change-feed', 0))", cancellationToken);
        }

        var last = await db.Changes.MaxAsync(c => c.Sequence, cancellationToken) ?? 0;
        var pending = await db.Changes.Where(c => c.Sequence == null).OrderBy(c => c.RecordedAt).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        foreach (var change in pending)
        {
            change.Sequence = ++last;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}

internal static class ReadChangeFeedEndpoint
{
    public static async Task<Results<Ok<ChangeFeedResponse>, ProblemHttpResult>> HandleAsync(
        ReadChangeFeedHandler handler, CancellationToken cancellationToken, long since = 0, int pageSize = 100)
    {
        var outcome = await handler.HandleAsync(since, pageSize, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}

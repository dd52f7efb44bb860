using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Audit.ListAuditEntries;
using Zhixin.Platform.Data;
using Zhixin.Platform.Pages.Support;

namespace Zhixin.Platform.Audit;

/// <summary>
/// The entries of some entity types whose detail names one thing (an id the writing module put there), e.g. every read
/// made with one sharing grant. Both filters are required, so a query never lists the log at large.
/// </summary>
public sealed record AuditTrailQuery(IReadOnlyList<string> EntityTypes, string Mentioning, IReadOnlyList<string>? Actions = null);

/// <summary>How many entries of one action fell on one day (Beijing time).</summary>
public sealed record AuditDayCount(DateOnly Day, string Action, int Count);

/// <summary>
/// Read access to the audit log for a module that shows the entries about one of its own records to the people who answer
/// for that record (the regulator who issued a grant sees the reads made with it). The module decides who may see which
/// record before it asks; the whole log stays the audit administrator's (ListAuditEntries).
/// </summary>
public interface IAuditTrail
{
    /// <summary>The matching entries, newest first.</summary>
    Task<AuditPage> ListAsync(AuditTrailQuery query, int page, int pageSize, CancellationToken cancellationToken);

    /// <summary>The matching entries counted per Beijing day and action, from <paramref name="firstDay"/> through <paramref name="lastDay"/>.</summary>
    Task<IReadOnlyList<AuditDayCount>> CountByDayAsync(AuditTrailQuery query, DateOnly firstDay, DateOnly lastDay, CancellationToken cancellationToken);
}

/// <summary>
/// Filters on existing columns only (entity type, action, and the detail text), so no schema change was needed. The entity
/// types narrow through the (entity_type, entity_id) index; the mention is a substring test over those rows, which is
/// fine for the sharing reads of a region but would want an indexed column at a province's volume of reads.
/// </summary>
internal sealed class AuditTrail(PlatformDbContext db) : IAuditTrail
{
    public const int MaxPageSize = 500;

    /// <summary>A mention shorter than a GUID's 32 digits could match entries about other records by accident.</summary>
    public const int MinMentionLength = 32;

    public async Task<AuditPage> ListAsync(AuditTrailQuery query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var entries = Matching(query);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(1, page);
        var total = await entries.LongCountAsync(cancellationToken);
        var items = await entries.OrderByDescending(e => e.Sequence)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(e => new AuditEntryResponse(e.Sequence, e.OccurredAt, e.ActorId, e.ActorName, e.Action, e.EntityType, e.EntityId, e.RegionCode, null, null, e.Detail))
            .ToListAsync(cancellationToken);
        return new AuditPage(items, total, page, pageSize);
    }

    public async Task<IReadOnlyList<AuditDayCount>> CountByDayAsync(AuditTrailQuery query, DateOnly firstDay, DateOnly lastDay, CancellationToken cancellationToken)
    {
        // The day boundaries are Beijing midnights; the engines store instants differently (ticks, timestamptz), so the
        // instants are read and grouped here rather than by a date function of one engine.
        var start = ChinaTime.StartOf(firstDay);
        var end = ChinaTime.StartOf(lastDay.AddDays(1));
        var instants = await Matching(query).Where(e => e.OccurredAt >= start && e.OccurredAt < end)
            .Select(e => new { e.OccurredAt, e.Action })
            .ToListAsync(cancellationToken);
        return [.. instants
            .GroupBy(e => (Day: ChinaTime.DayOf(e.OccurredAt), e.Action))
            .OrderBy(g => g.Key.Day).ThenBy(g => g.Key.Action, StringComparer.Ordinal)
            .Select(g => new AuditDayCount(g.Key.Day, g.Key.Action, g.Count()))];
    }

    private IQueryable<AuditEntry> Matching(AuditTrailQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.EntityTypes.Count == 0 || string.IsNullOrWhiteSpace(query.Mentioning) || query.Mentioning.Trim().Length < MinMentionLength)
        {
            throw new ArgumentException("An audit trail names its entity types and a mention of at least 32 characters.", nameof(query));
        }

        var types = query.EntityTypes.ToList();
        var mention = query.Mentioning.Trim();
        var entries = db.AuditEntries.AsNoTracking().Where(e => types.Contains(e.EntityType) && e.Detail != null && e.Detail.Contains(mention));
        if (query.Actions is { Count: > 0 } actions)
        {
            var wanted = actions.ToList();
            entries = entries.Where(e => wanted.Contains(e.Action));
        }

        return entries;
    }
}

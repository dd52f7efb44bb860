using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;

namespace Zhixin.Inspection.Features.PassRateSummary;

/// <summary>
/// Counts every save that changes a year's batches in that year's <see cref="PassRateSummaryYear.Changes"/>, inside
/// the save's transaction, so that a pre-aggregate counted before the save is no longer taken as current once the
/// save commits. An atomic upsert, not a tracked entity, so that concurrent saves of one year queue on the row
/// instead of failing each other.
/// </summary>
internal static class SummaryChanges
{
    /// <summary>The sampling years of the batches added, changed or removed in the tracker, in ascending order (one lock order for every save).</summary>
    public static IReadOnlyList<int> YearsChanged(ChangeTracker tracker)
    {
        ArgumentNullException.ThrowIfNull(tracker);
        return [.. tracker.Entries<SampleBatch>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity.SampleYear)
            .Distinct()
            .Order()];
    }

    public static async Task CountAsync(InspectionDbContext db, IEnumerable<int> years, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(years);
        var sql = UpsertSql(db);
        foreach (var year in years)
        {
            await db.Database.ExecuteSqlRawAsync(sql, [year], cancellationToken);
        }
    }

    public static void Count(InspectionDbContext db, IEnumerable<int> years)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(years);
        var sql = UpsertSql(db);
        foreach (var year in years)
        {
            db.Database.ExecuteSqlRaw(sql, [year]);
        }
    }

    private static string UpsertSql(InspectionDbContext db) =>
        $"INSERT INTO {SummaryTables.Years(db)} AS y (sample_year, changes) VALUES ({{0}}, 1) "
        + "ON CONFLICT (sample_year) DO UPDATE SET changes = y.changes + 1";
}

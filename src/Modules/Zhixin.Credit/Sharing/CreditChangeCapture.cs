using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Lists;
using Zhixin.Platform.Data;

namespace Zhixin.Credit.Sharing;

/// <summary>The kinds of change the feed and the watchlist report.</summary>
internal static class CreditChangeKinds
{
    public const string Grade = "grade";
    public const string Record = "record";
    public const string Listing = "listing";
}

/// <summary>
/// Turns what a SaveChanges is about to store into change-log entries and watchlist notifications, added to the same
/// save. A new assessment counts only when the score or grade moved: a change of the internal risk class alone must not
/// show through the feed (不公开).
/// </summary>
internal static class CreditChangeCapture
{
    public static async Task CaptureAsync(CreditDbContext db, CancellationToken cancellationToken)
    {
        var changes = new List<CreditChange>();
        var now = db.Clock.GetUtcNow();
        var entries = db.ChangeTracker.Entries().ToList();
        var previous = await PreviousAssessmentsAsync(db, entries, cancellationToken);
        foreach (var entry in entries)
        {
            switch (entry.Entity)
            {
                case CreditRecord record when entry.State == EntityState.Added:
                    changes.Add(Change(record.EnterpriseCreditCode, record.RegionCode, CreditChangeKinds.Record, record.Id, "added", record.CreatedAt));
                    break;
                case CreditRecord record when entry.State == EntityState.Modified && record.VoidedAt is not null
                    && entry.Property(nameof(CreditRecord.VoidedAt)).IsModified:
                    changes.Add(Change(record.EnterpriseCreditCode, record.RegionCode, CreditChangeKinds.Record, record.Id, "voided", record.VoidedAt.Value));
                    break;
                case CreditAssessment assessment when entry.State == EntityState.Added && assessment.IsCurrent:
                    if (GradeChange(assessment, previous.TryGetValue(assessment.EnterpriseCreditCode, out var before) ? before : null) is { } moved)
                    {
                        changes.Add(Change(assessment.EnterpriseCreditCode, assessment.RegionCode, CreditChangeKinds.Grade, assessment.Id, moved, assessment.AssessedAt));
                    }

                    break;
                case CreditListing listing when entry.State is EntityState.Added or EntityState.Modified
                    && listing.Status != ListingStatus.Proposed
                    && (entry.State == EntityState.Added || entry.Property(nameof(CreditListing.Status)).IsModified):
                    changes.Add(Change(listing.EnterpriseCreditCode, listing.RegionCode, CreditChangeKinds.Listing, listing.Id,
                        ListLabels.KindCode(listing.Kind) + ":" + ListLabels.StatusCode(listing.Status), now));
                    break;
            }
        }

        if (changes.Count == 0)
        {
            return;
        }

        db.Changes.AddRange(changes);
        var codes = changes.Select(c => c.CreditCode).Distinct().ToList();
        var watchers = await db.WatchSubscriptions.AsNoTracking()
            .Where(s => codes.Contains(s.CreditCode) && s.RemovedAt == null)
            .Select(s => new { s.DepartmentCode, s.CreditCode })
            .ToListAsync(cancellationToken);
        foreach (var watcher in watchers.Distinct())
        {
            db.WatchNotifications.AddRange(changes.Where(c => c.CreditCode == watcher.CreditCode).Select(c => new WatchNotification
            {
                DepartmentCode = watcher.DepartmentCode,
                CreditCode = c.CreditCode,
                Kind = c.Kind,
                Change = c.Change,
                SubjectId = c.SubjectId,
                CreatedAt = c.RecordedAt,
            }));
        }
    }

    private static CreditChange Change(string code, string region, string kind, Guid subject, string change, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(at),
        CreditCode = code,
        RegionCode = region,
        Kind = kind,
        SubjectId = subject,
        Change = change,
        RecordedAt = at,
    };

    /// <summary>
    /// The latest stored assessment (grade and score) of each firm that gets a new one in this save, in one query for the
    /// whole save: the full rescoring stores a thousand at once.
    /// </summary>
    private static async Task<Dictionary<string, (CreditGrade Grade, decimal Score)>> PreviousAssessmentsAsync(
        CreditDbContext db, List<EntityEntry> entries, CancellationToken cancellationToken)
    {
        var added = entries.Where(e => e.State == EntityState.Added).Select(e => e.Entity).OfType<CreditAssessment>().Where(a => a.IsCurrent).ToList();
        if (added.Count == 0)
        {
            return [];
        }

        var codes = added.Select(a => a.EnterpriseCreditCode).Distinct().ToList();
        var ids = added.Select(a => a.Id).ToList();
        // Any region's (the firm moved, a system job scores it): only the region filter is lifted.
        var history = await db.Assessments.AsNoTracking().IgnoreQueryFilters([ScopedDbContext.RegionScopeFilter])
            .Where(a => codes.Contains(a.EnterpriseCreditCode) && !ids.Contains(a.Id))
            .Select(a => new { a.EnterpriseCreditCode, a.AssessedAt, a.Grade, a.Score })
            .ToListAsync(cancellationToken);
        return history.GroupBy(a => a.EnterpriseCreditCode, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g =>
                {
                    var latest = g.MaxBy(a => a.AssessedAt)!;
                    return (latest.Grade, latest.Score);
                },
                StringComparer.Ordinal);
    }

    /// <summary>"B→C" when the grade moved, "B" when only the score did or the firm is scored for the first time; null when neither moved.</summary>
    private static string? GradeChange(CreditAssessment assessment, (CreditGrade Grade, decimal Score)? previous)
    {
        if (previous is not { } before)
        {
            return assessment.Grade.ToString();
        }

        if (before.Grade != assessment.Grade)
        {
            return before.Grade + "→" + assessment.Grade;
        }

        return before.Score != assessment.Score ? assessment.Grade.ToString() : null;
    }
}

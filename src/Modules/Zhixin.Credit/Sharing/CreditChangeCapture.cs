using Microsoft.EntityFrameworkCore;
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
        foreach (var entry in db.ChangeTracker.Entries().ToList())
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
                    if (await GradeChangeAsync(db, assessment, cancellationToken) is { } moved)
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

    /// <summary>"B→C" when the grade moved, "B" when only the score did or the firm is scored for the first time; null when neither moved.</summary>
    private static async Task<string?> GradeChangeAsync(CreditDbContext db, CreditAssessment assessment, CancellationToken cancellationToken)
    {
        // The previous assessment may be of any region (the firm moved, a system job scores it): only the region filter is lifted.
        var previous = await db.Assessments.AsNoTracking().IgnoreQueryFilters([ScopedDbContext.RegionScopeFilter])
            .Where(a => a.EnterpriseCreditCode == assessment.EnterpriseCreditCode && a.Id != assessment.Id)
            .OrderByDescending(a => a.AssessedAt)
            .Select(a => new { a.Grade, a.Score })
            .FirstOrDefaultAsync(cancellationToken);
        if (previous is null)
        {
            return assessment.Grade.ToString();
        }

        if (previous.Grade != assessment.Grade)
        {
            return previous.Grade + "→" + assessment.Grade;
        }

        return previous.Score != assessment.Score ? assessment.Grade.ToString() : null;
    }
}

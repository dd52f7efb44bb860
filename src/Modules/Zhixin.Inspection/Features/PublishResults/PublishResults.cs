using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.FollowUp;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Web;

namespace Zhixin.Inspection.Features.PublishResults;

internal sealed record PublishedBatch(Guid Id, string SamplingNumber, DateTimeOffset PublishedAt);

/// <summary>A batch the bulk publication left out: the rule it did not meet, why, and from when it may be published if a date is known.</summary>
internal sealed record SkippedBatch(Guid Id, string SamplingNumber, string Rule, string Reason, DateOnly? EligibleFrom);

/// <summary>What publishing a plan did: the batches published now, those left out with the reason, and how many were already public.</summary>
internal sealed record PublishPlanReport(Guid PlanId, IReadOnlyList<PublishedBatch> Published, IReadOnlyList<SkippedBatch> Skipped, int AlreadyPublished);

/// <summary>
/// Publishes results (公示): one batch, or every eligible batch of a plan in the caller's scope. A batch is eligible
/// once it has results and, when it failed, once the firm can no longer dispute them
/// (<see cref="PublicationAfterObjectionWindow"/>); a passed batch waits for nothing. Publishing sets the batch's
/// publication instant (audited with the batch) and records the <see cref="FollowUpStepKind.Published"/> step
/// dated today. An early publication with a reason goes through the follow-up step instead, which audits the override.
/// </summary>
internal sealed class PublishResultsHandler(InspectionDbContext db, BatchFollowUp followUp, TimeProvider clock)
{
    public const string PublicationNeedsResults = nameof(PublicationNeedsResults);
    public const string ResultsArePublishedOnce = nameof(ResultsArePublishedOnce);

    public async Task<Outcome<BatchSummary>> PublishBatchAsync(Guid batchId, CancellationToken cancellationToken)
    {
        var batch = await db.Batches.FirstOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null)
        {
            return Failure.NotFound();
        }

        if (!InspectionAccess.Manages(db.Caller, batch.RegionCode))
        {
            return Failure.Forbidden(InspectionText.Get("Access.NotYourRegion"));
        }

        if (batch.PublishedAt is { } publishedAt)
        {
            return Failure.Conflict(ResultsArePublishedOnce, InspectionText.Format("Publish.AlreadyPublished", batch.SamplingNumber, ChinaTime.Format(publishedAt)));
        }

        var records = await db.FollowUpSteps.AsNoTracking().Where(s => s.BatchId == batchId).ToListAsync(cancellationToken);
        var today = ChinaTime.Today(clock);
        if (Refusal(batch, records, today) is { } refusal)
        {
            return Failure.Conflict(refusal.Rule, refusal.Reason);
        }

        Publish(batch, today);
        await db.SaveChangesAsync(cancellationToken);
        return BatchViews.Summary(batch);
    }

    public async Task<Outcome<PublishPlanReport>> PublishPlanAsync(Guid planId, CancellationToken cancellationToken)
    {
        if (!await db.Plans.AnyAsync(p => p.Id == planId, cancellationToken))
        {
            return Failure.NotFound();
        }

        // The scoped context keeps the batches to the caller's regions; a plan of several counties is published county by county.
        var batches = await db.Batches.Where(b => b.PlanId == planId && b.PublishedAt == null)
            .OrderBy(b => b.SamplingNumber).ToListAsync(cancellationToken);
        var alreadyPublished = await db.Batches.CountAsync(b => b.PlanId == planId && b.PublishedAt != null, cancellationToken);
        var ids = batches.Select(b => b.Id).ToList();
        var steps = (await db.FollowUpSteps.AsNoTracking().Where(s => ids.Contains(s.BatchId)).ToListAsync(cancellationToken)).ToLookup(s => s.BatchId);
        var today = ChinaTime.Today(clock);
        var published = new List<PublishedBatch>();
        var skipped = new List<SkippedBatch>();
        foreach (var batch in batches)
        {
            if (!InspectionAccess.Manages(db.Caller, batch.RegionCode))
            {
                skipped.Add(new SkippedBatch(batch.Id, batch.SamplingNumber, nameof(InspectionAccess), InspectionText.Get("Access.NotYourRegion"), null));
            }
            else if (Refusal(batch, steps[batch.Id], today) is { } refusal)
            {
                skipped.Add(new SkippedBatch(batch.Id, batch.SamplingNumber, refusal.Rule, refusal.Reason, refusal.EligibleFrom));
            }
            else
            {
                Publish(batch, today);
                published.Add(new PublishedBatch(batch.Id, batch.SamplingNumber, batch.PublishedAt!.Value));
            }
        }

        if (published.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return new PublishPlanReport(planId, published, skipped, alreadyPublished);
    }

    /// <summary>Why the batch may not be published today, or null when it may.</summary>
    private Refused? Refusal(SampleBatch batch, IEnumerable<FollowUpStepRecord> records, DateOnly today)
    {
        if (batch.Verdict is null)
        {
            return new Refused(PublicationNeedsResults, InspectionText.Format("Publish.NeedsResults", batch.SamplingNumber), null);
        }

        var check = followUp.PublicationCheck(batch, BatchFollowUp.Effective(records), today);
        return check is { Broken: true } ? new Refused(check.Rule, followUp.Refusal(check), check.Opens) : null;
    }

    private void Publish(SampleBatch batch, DateOnly today)
    {
        var now = clock.GetUtcNow();
        batch.Publish(now, db.Caller.Name);
        db.FollowUpSteps.Add(new FollowUpStepRecord
        {
            Id = Guid.CreateVersion7(now),
            BatchId = batch.Id,
            Kind = FollowUpStepKind.Published,
            On = today,
            RegionCode = batch.RegionCode,
            RecordedAt = now,
            RecordedBy = db.Caller.Name,
        });
    }

    private sealed record Refused(string Rule, string Reason, DateOnly? EligibleFrom);
}

internal static class PublishResultsEndpoint
{
    public static async Task<Results<Ok<BatchSummary>, ProblemHttpResult>> PublishBatchAsync(Guid id, PublishResultsHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.PublishBatchAsync(id, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }

    public static async Task<Results<Ok<PublishPlanReport>, ProblemHttpResult>> PublishPlanAsync(Guid id, PublishResultsHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.PublishPlanAsync(id, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}

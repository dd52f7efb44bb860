using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Inspection.Contracts;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;
using Zhixin.Platform.Events;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Web;

namespace Zhixin.Inspection.Features.RecordResults;

internal sealed record RecordResultsRequest(string? Laboratory, string? ReportNumber, DateOnly? IssuedOn, IReadOnlyList<TestItemInput>? Items);

/// <summary>
/// Records the lab's report on a batch, item by item. The batch fails when any item fails, and a failing batch raises
/// <see cref="BatchFailed"/> in the same transaction. Results are recorded once: a wrong report is voided with the batch.
/// </summary>
internal sealed class RecordResultsHandler(InspectionDbContext db, OutboxDispatcher dispatcher, TimeProvider clock)
{
    public async Task<Outcome<BatchSummary>> HandleAsync(Guid batchId, RecordResultsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var batch = await db.Batches.Include(b => b.Items).FirstOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null)
        {
            return Failure.NotFound();
        }

        if (!InspectionAccess.Manages(db.Caller, batch.RegionCode))
        {
            return Failure.Forbidden(InspectionText.Get("Access.NotYourRegion"));
        }

        if (batch.Verdict is not null)
        {
            return Failure.Conflict("ResultsAreRecordedOnce", InspectionText.Format("Results.AlreadyRecorded", batch.SamplingNumber));
        }

        var errors = new FieldErrors();
        var report = Validate(errors, batch, request, ChinaTime.Today(clock), i => $"items[{i}].");
        if (!errors.IsEmpty)
        {
            return errors;
        }

        Apply(db, batch, report!, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        dispatcher.Notify();
        return BatchViews.Summary(batch);
    }

    /// <summary>A lab report checked against its batch; null when <paramref name="errors"/> received something.</summary>
    public static LabReport? Validate(FieldErrors errors, SampleBatch batch, RecordResultsRequest request, DateOnly today, Func<int, string> itemPrefix)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(request);
        var laboratory = Fields.Required(errors, "laboratory", request.Laboratory, 200);
        var reportNumber = Fields.Required(errors, "reportNumber", request.ReportNumber, 60);
        var issuedOn = Fields.Required(errors, "issuedOn", request.IssuedOn);
        if (issuedOn < batch.SampledOn)
        {
            errors.Add("issuedOn", InspectionText.Format("Results.IssuedBeforeSampling", issuedOn, batch.SampledOn));
        }
        else if (issuedOn > today)
        {
            errors.Add("issuedOn", InspectionText.Get("Results.IssuedInFuture"));
        }

        var items = TestResultInput.Validate(errors, batch.Id, request.Items, itemPrefix);
        return errors.IsEmpty ? new LabReport(laboratory!, reportNumber!, issuedOn!.Value, items) : null;
    }

    /// <summary>Records the report on the batch and, when it fails, puts <see cref="BatchFailed"/> in the outbox of the same save.</summary>
    public static void Apply(InspectionDbContext db, SampleBatch batch, LabReport report, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(report);
        batch.RecordResults(report.Laboratory, report.ReportNumber, report.IssuedOn, report.Items, now, db.Caller.Name);
        if (batch.Verdict != Verdict.Fail)
        {
            return;
        }

        db.Publish(new BatchFailed(
            Guid.CreateVersion7(now), now, batch.Id, batch.PlanId, batch.SamplingNumber, batch.EnterpriseCreditCode, batch.EnterpriseName,
            batch.RegionCode, batch.ProducerCreditCode, batch.ProductCode, batch.ProductName, batch.LotNumber, batch.SampledOn, report.IssuedOn,
            [.. report.Items.Where(i => i.Verdict == Verdict.Fail).Select(i => new FailedItem(i.ItemName, i.StandardClause, i.Requirement, i.MeasuredValue))]),
            BatchFailed.EventName);
    }
}

/// <summary>A validated lab report.</summary>
internal sealed record LabReport(string Laboratory, string ReportNumber, DateOnly IssuedOn, IReadOnlyList<TestItemResult> Items);

internal static class RecordResultsEndpoint
{
    public static async Task<Results<Ok<BatchSummary>, ProblemHttpResult>> HandleAsync(
        Guid id, RecordResultsRequest request, RecordResultsHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}

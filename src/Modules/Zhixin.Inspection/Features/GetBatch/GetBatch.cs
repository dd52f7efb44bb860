using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.FollowUp;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Web;

namespace Zhixin.Inspection.Features.GetBatch;

/// <summary>A recorded step; <see cref="Superseded"/> when a later record corrects it (<see cref="CorrectsStepId"/> names the one a correction replaces).</summary>
internal sealed record FollowUpStepView(
    Guid Id, FollowUpStepKind Kind, DateOnly On, bool? Passed, string? Note, string? OverrideReason, DateTimeOffset RecordedAt, string RecordedBy,
    Guid? CorrectsStepId, bool Superseded);

internal sealed record BatchDetail(
    BatchSummary Summary,
    string PlanCode,
    string PlanTitle,
    string CategoryCode,
    string? ProducerCreditCode,
    string? ProducerName,
    string Place,
    string? Specification,
    string? Gtin,
    int? SampleBase,
    int SampleQuantity,
    int ReserveQuantity,
    string SealNumbers,
    string Samplers,
    string? Laboratory,
    string? ReportNumber,
    IReadOnlyList<TestItemView> Items,
    IReadOnlyList<FollowUpStepView> Steps,
    FollowUpClockView? Clock);

/// <summary>
/// One batch with its sampling record, its test items, its follow-up steps and, once it has results, its follow-up
/// clock read today in China (in the caller's scope).
/// </summary>
internal sealed class GetBatchHandler(InspectionDbContext db, BatchFollowUp followUp, TimeProvider clock)
{
    public async Task<Outcome<BatchDetail>> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        var batch = await db.Batches.AsNoTracking().Include(b => b.Items).FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (batch is null)
        {
            return Failure.NotFound();
        }

        var plan = await db.Plans.AsNoTracking().IgnoreQueryFilters([Platform.Data.ScopedDbContext.VoidedFilter])
            .Where(p => p.Id == batch.PlanId).Select(p => new { p.Code, p.Title }).FirstAsync(cancellationToken);
        // Sorted here: steps of one day recorded together read in process order (the kind is stored by name).
        var records = (await db.FollowUpSteps.AsNoTracking().Where(s => s.BatchId == id).ToListAsync(cancellationToken))
            .OrderBy(s => s.On).ThenBy(s => s.RecordedAt).ThenBy(s => s.Kind).ToList();
        var corrected = records.Select(s => s.CorrectsStepId).OfType<Guid>().ToHashSet();
        var steps = records
            .Select(s => new FollowUpStepView(s.Id, s.Kind, s.On, s.Passed, s.Note, s.OverrideReason, s.RecordedAt, s.RecordedBy, s.CorrectsStepId, corrected.Contains(s.Id)))
            .ToList();
        return new BatchDetail(
            BatchViews.Summary(batch), plan.Code, plan.Title, batch.CategoryCode, batch.ProducerCreditCode, batch.ProducerName, batch.Place,
            batch.Specification, batch.Gtin, batch.SampleBase, batch.SampleQuantity, batch.ReserveQuantity, batch.SealNumbers, batch.Samplers,
            batch.Laboratory, batch.ReportNumber, [.. batch.Items.OrderBy(i => i.Position).Select(BatchViews.Item)], steps,
            followUp.Read(batch, records, ChinaTime.Today(clock)));
    }
}

internal static class GetBatchEndpoint
{
    public static async Task<Results<Ok<BatchDetail>, ProblemHttpResult>> HandleAsync(Guid id, GetBatchHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.Features.GetSpotCheckPlan;
using Zhixin.Inspection.Sampling;
using Zhixin.Platform.Web;

namespace Zhixin.Inspection.Features.AdjustAllocation;

/// <summary>The official's number of batches for one allocation row.</summary>
internal sealed record AdjustAllocationRequest(int? Batches);

/// <summary>One row of a bulk adjustment.</summary>
internal sealed record AllocationChange(Guid? AllocationId, int? Batches);

/// <summary>
/// The official's adjustment of a proposed allocation (one row, or several at once), checked by
/// <see cref="AllocationAdjustment"/>: no negative numbers, no more batches than the row's producers, no more than the
/// plan's budget in all. Every error names its row. A row whose draw has been published keeps its number: the
/// publication fixed how many firms are drawn.
/// </summary>
internal sealed class AdjustAllocationHandler(InspectionDbContext db, GetSpotCheckPlanHandler views, TimeProvider clock)
{
    public Task<Outcome<SpotCheckPlanView>> HandleAsync(Guid planId, Guid allocationId, AdjustAllocationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return AdjustAsync(planId, [new AllocationChange(allocationId, request.Batches)], single: true, cancellationToken);
    }

    public Task<Outcome<SpotCheckPlanView>> HandleAsync(Guid planId, IReadOnlyList<AllocationChange> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return AdjustAsync(planId, changes, single: false, cancellationToken);
    }

    private async Task<Outcome<SpotCheckPlanView>> AdjustAsync(Guid planId, IReadOnlyList<AllocationChange> changes, bool single, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.Include(p => p.Allocations).FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        var rows = plan?.Allocations.ToDictionary(a => a.Id);
        if (plan is null || rows is null || (single && !rows.ContainsKey(changes[0].AllocationId ?? Guid.Empty)))
        {
            return Failure.NotFound();
        }

        if (!InspectionAccess.Manages(db.Caller, plan.OrganizerRegionCode))
        {
            return Failure.Forbidden(InspectionText.Get("Access.NotYourRegion"));
        }

        string Field(int index, string name) => single ? name : $"[{index}].{name}";
        var errors = new FieldErrors();
        var wanted = new List<(int Index, PlanAllocation Row, int Batches)>();
        for (var i = 0; i < changes.Count; i++)
        {
            var row = changes[i].AllocationId is { } id ? rows.GetValueOrDefault(id) : null;
            if (row is null)
            {
                errors.Add(Field(i, "allocationId"), InspectionText.Get("Allocation.RowNotInPlan"));
            }

            if (Fields.Required(errors, Field(i, "batches"), changes[i].Batches) is { } batches && row is not null)
            {
                wanted.Add((i, row, batches));
            }
        }

        var report = AllocationAdjustment.Validate(Current(plan), [.. wanted.Select(w => new CellAdjustment(ProductKey(w.Row), w.Row.RegionCode, w.Batches))]);
        foreach (var problem in report.Problems)
        {
            var index = wanted.FindIndex(w => problem.Text.Arguments.Length > 1 && Equals(problem.Text.Arguments[0], ProductKey(w.Row)) && Equals(problem.Text.Arguments[1], w.Row.RegionCode));
            errors.Add(index < 0 ? (single ? "batches" : "total") : Field(wanted[index].Index, "batches"), Worded(problem, rows.Values));
        }

        if (!errors.IsEmpty)
        {
            return errors;
        }

        var changed = wanted.Where(w => w.Row.Batches != w.Batches).Select(w => w.Row.Id).ToList();
        var drawn = await db.Draws.Where(d => changed.Contains(d.AllocationId)).Select(d => d.AllocationId).FirstOrDefaultAsync(cancellationToken);
        if (drawn != Guid.Empty)
        {
            var row = rows[drawn];
            return Failure.Conflict("AllocationIsFixedOnceItsDrawIsPublished",
                InspectionText.Format("Allocation.RowDrawPublished", row.ProductName, InspectionAccess.RegionName(row.RegionCode)));
        }

        foreach (var (_, row, batches) in wanted)
        {
            row.Batches = batches;
        }

        // The plan's revision is its concurrency token: two officials adjusting at once cannot together exceed the budget.
        plan.UpdatedAt = clock.GetUtcNow();
        plan.UpdatedBy = db.Caller.Name;
        plan.Revision++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Failure.Conflict("AllocationChangesOneAtATime", InspectionText.Get("Allocation.ChangedMeanwhile"));
        }

        return await views.HandleAsync(planId, cancellationToken);
    }

    /// <summary>The stored allocation as the checker reads a proposal, with the current numbers as the baseline.</summary>
    private static AllocationResult Current(SpotCheckPlan plan)
    {
        var cells = plan.Allocations.Select(a => new CellAllocation(
            new AllocationCell(ProductKey(a), a.RegionCode, ProductRiskLevel.General, CreditClassCounts.Unclassified(a.Producers)),
            (decimal)a.Score, 0, a.Batches, a.Batches == a.Producers, false, new SamplingText(a.Explanation))).ToList();
        var total = cells.Sum(c => c.Batches);
        return new AllocationResult(plan.BudgetBatches, cells, total, Math.Max(0, plan.BudgetBatches - total), [], AllocationOptions.Default);
    }

    private static string ProductKey(PlanAllocation row) => row.ProductCode;

    /// <summary>The checker names a row by its codes; people read the product's and the region's names.</summary>
    private static string Worded(SamplingProblem problem, IEnumerable<PlanAllocation> rows)
    {
        if (problem.Text.Arguments is [string product, string region, ..] && rows.FirstOrDefault(r => r.ProductCode == product && r.RegionCode == region) is { } row)
        {
            object[] arguments = [$"{row.ProductName} {row.ProductCode}", InspectionAccess.RegionName(row.RegionCode), .. problem.Text.Arguments[2..]];
            return new SamplingText(problem.Text.Key, arguments).Message;
        }

        return problem.Message;
    }
}

internal static class AdjustAllocationEndpoint
{
    public static async Task<Results<Ok<SpotCheckPlanView>, ProblemHttpResult>> HandleAsync(
        Guid id, Guid allocationId, AdjustAllocationRequest request, AdjustAllocationHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, allocationId, request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }

    public static async Task<Results<Ok<SpotCheckPlanView>, ProblemHttpResult>> HandleBulkAsync(
        Guid id, IReadOnlyList<AllocationChange> changes, AdjustAllocationHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, changes, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}

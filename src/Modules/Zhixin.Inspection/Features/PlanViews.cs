using Zhixin.Inspection.Domain;

namespace Zhixin.Inspection.Features;

internal sealed record SpotCheckPlanSummary(
    Guid Id, string Code, string Title, SpotCheckPlanKind Kind, int Year, string OrganizerRegionCode, string OrganizerRegionName,
    DateOnly StartsOn, DateOnly EndsOn, int BudgetBatches, decimal? BudgetYuan, int AllocatedBatches, int Revision);

internal sealed record AllocationView(
    Guid Id, string ProductCode, string ProductName, string RegionCode, string RegionName, int Producers, double Score,
    int ProposedBatches, int Batches, string Explanation, Guid? DrawId, DrawStatus? DrawStatus, int Sampled, int Tested, int Failed);

internal sealed record SpotCheckPlanView(SpotCheckPlanSummary Plan, string EditionCode, string EditionName, IReadOnlyList<AllocationView> Allocations);

internal static class PlanViews
{
    public static SpotCheckPlanSummary Summary(SpotCheckPlan plan, int allocated) => new(
        plan.Id, plan.Code, plan.Title, plan.Kind, plan.Year, plan.OrganizerRegionCode, InspectionAccess.RegionName(plan.OrganizerRegionCode),
        plan.StartsOn, plan.EndsOn, plan.BudgetBatches, plan.BudgetYuan, allocated, plan.Revision);
}

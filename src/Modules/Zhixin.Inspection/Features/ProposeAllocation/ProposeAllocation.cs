using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Inspection.Contracts;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.Features.GetSpotCheckPlan;
using Zhixin.Inspection.Sampling;
using Zhixin.Platform.Regions;
using Zhixin.Platform.Web;
using Zhixin.Register.Contracts;

namespace Zhixin.Inspection.Features.ProposeAllocation;

/// <summary>Risk weights of the catalogue levels 1 (高), 2 (较高) and 3 (一般); a missing one keeps its default.</summary>
internal sealed record RiskWeightsInput(decimal? High, decimal? Elevated, decimal? General);

/// <summary>What one producer of each credit-risk class counts for; a missing one keeps its default.</summary>
internal sealed record ClassMultipliersInput(decimal? A, decimal? B, decimal? C, decimal? D);

/// <summary>
/// Which products (default: every product of the plan's edition), at which level of region ("county", the default, or
/// "city"), and the allocation's parameters.
/// </summary>
internal sealed record ProposeAllocationRequest(
    IReadOnlyList<string>? Products, string? RegionLevel, RiskWeightsInput? Weights, ClassMultipliersInput? Multipliers, bool? MinimumOnePerCell);

/// <summary>The plan with its new allocation, the batches the producers could not take, and the allocator's warnings.</summary>
internal sealed record AllocationProposal(SpotCheckPlanView Plan, int Unused, IReadOnlyList<string> Warnings, string CreditNote);

/// <summary>
/// Proposes the plan's allocation (样本分配): one cell per product × region under the organising region, the producers
/// of each counted from the register by the product's trades, the budget split by <see cref="SampleAllocator"/>. The
/// proposal replaces the plan's allocation, which is allowed only until a draw has been published for the plan: a
/// published draw fixed its number of firms.
/// </summary>
internal sealed class ProposeAllocationHandler(
    InspectionDbContext db, IEnterpriseDirectory directory, ICreditRiskClasses riskClasses, GetSpotCheckPlanHandler views, TimeProvider clock)
{
    public const string CountyLevel = "county";
    public const string CityLevel = "city";

    /// <summary>Stored explanations are worded in the language of the records, whatever the caller's language.</summary>
    private static readonly CultureInfo RecordCulture = CultureInfo.GetCultureInfo("zh-CN");

    public async Task<Outcome<AllocationProposal>> HandleAsync(Guid planId, ProposeAllocationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var plan = await db.Plans.Include(p => p.Allocations).FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null)
        {
            return Failure.NotFound();
        }

        if (!InspectionAccess.Manages(db.Caller, plan.OrganizerRegionCode))
        {
            return Failure.Forbidden(InspectionText.Get("Access.NotYourRegion"));
        }

        if (await db.Draws.AnyAsync(d => d.PlanId == plan.Id, cancellationToken))
        {
            return Failure.Conflict("AllocationIsFixedOnceDrawsArePublished", InspectionText.Format("Allocation.DrawsPublished", plan.Code));
        }

        var errors = new FieldErrors();
        var level = Level(errors, request.RegionLevel);
        var catalogue = await db.CatalogueProducts.AsNoTracking().Where(p => p.EditionId == plan.EditionId).ToListAsync(cancellationToken);
        var products = Choose(errors, catalogue, request.Products);
        var ratios = await riskClasses.RatiosAsync(plan.OrganizerRegionCode, cancellationToken);
        var options = Options(request, ratios);
        if (!errors.IsEmpty)
        {
            return errors;
        }

        var regions = AllocationRegions.Under(plan.OrganizerRegionCode, level);
        var producers = await CountProducersAsync(plan.OrganizerRegionCode, level, products, cancellationToken);
        var cells = producers
            .OrderBy(c => c.Key.Product, StringComparer.Ordinal).ThenBy(c => c.Key.Region, StringComparer.Ordinal)
            .Select(c => new AllocationCell(c.Key.Product, c.Key.Region, (ProductRiskLevel)(int)products[c.Key.Product].RiskLevel, c.Value))
            .ToList();
        var outcome = SampleAllocator.Allocate(plan.BudgetBatches, cells, options);
        if (!outcome.IsValid)
        {
            foreach (var problem in outcome.Problems)
            {
                errors.Add(FieldOf(problem), problem.Message);
            }

            return errors;
        }

        Replace(plan, outcome.Value, products);
        await db.SaveChangesAsync(cancellationToken);

        var warnings = outcome.Value.Warnings.Select(w => w.Message).ToList();
        var empty = (products.Count * regions.Count) - cells.Count;
        if (empty > 0)
        {
            warnings.Insert(0, InspectionText.Format("Allocation.CellsWithoutProducers", empty, products.Count * regions.Count));
        }

        var view = await views.HandleAsync(plan.Id, cancellationToken);
        return new AllocationProposal(view.Value!, outcome.Value.Unused, warnings, RatioNote.Allocation(ratios));
    }

    private static RegionLevel Level(FieldErrors errors, string? text)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or CountyLevel:
                return RegionLevel.County;
            case CityLevel:
                return RegionLevel.City;
            default:
                errors.Add("regionLevel", InspectionText.Get("Allocation.RegionLevelInvalid"));
                return RegionLevel.County;
        }
    }

    private static Dictionary<string, CatalogueProduct> Choose(FieldErrors errors, List<CatalogueProduct> catalogue, IReadOnlyList<string>? codes)
    {
        var byCode = catalogue.ToDictionary(p => p.Code, StringComparer.Ordinal);
        if (codes is null || codes.Count == 0)
        {
            if (byCode.Count == 0)
            {
                errors.Add("products", InspectionText.Get("Allocation.EditionEmpty"));
            }

            return byCode;
        }

        var chosen = new Dictionary<string, CatalogueProduct>(StringComparer.Ordinal);
        foreach (var code in codes.Select(c => c?.Trim() ?? "").Distinct(StringComparer.Ordinal))
        {
            if (byCode.TryGetValue(code, out var product))
            {
                chosen[code] = product;
            }
            else
            {
                errors.Add("products", InspectionText.Format("Batch.ProductNotInCatalogue", code));
            }
        }

        return chosen;
    }

    /// <summary>The request's options; class multipliers not given come from the region's inspection ratios, else the defaults.</summary>
    private static AllocationOptions Options(ProposeAllocationRequest request, InspectionRatios? ratios)
    {
        var defaults = AllocationOptions.Default;
        var multipliers = ratios is null ? AllocationOptions.DefaultClassMultipliers : new CreditClassFactors(ratios.A, ratios.B, ratios.C, ratios.D);
        return new AllocationOptions(
            request.Weights?.High ?? defaults.HighWeight,
            request.Weights?.Elevated ?? defaults.RatherHighWeight,
            request.Weights?.General ?? defaults.GeneralWeight,
            request.Multipliers is { } m ? new CreditClassFactors(m.A ?? multipliers.A, m.B ?? multipliers.B, m.C ?? multipliers.C, m.D ?? multipliers.D)
                : ratios is null ? null : multipliers,
            request.MinimumOnePerCell ?? defaults.MinimumOnePerCell);
    }

    private static string FieldOf(SamplingProblem problem) => problem.Subject switch
    {
        SamplingSubject.Options when problem.Text.Key.Contains("Multiplier", StringComparison.Ordinal) => "multipliers",
        SamplingSubject.Options => "weights",
        SamplingSubject.Budget => "budgetBatches",
        _ => "products",
    };

    /// <summary>
    /// Active producers per product × region, from one register query over the organising region. A firm counts for
    /// every chosen product whose trades (GB/T 4754 prefixes) its industry code starts with, in its credit-risk class
    /// (B when the credit module has not classified it).
    /// </summary>
    private async Task<Dictionary<(string Product, string Region), CreditClassCounts>> CountProducersAsync(
        string organizer, RegionLevel level, Dictionary<string, CatalogueProduct> products, CancellationToken cancellationToken)
    {
        var prefixes = products.Values.ToDictionary(p => p.Code, p => p.IndustryPrefixes(), StringComparer.Ordinal);
        var all = prefixes.Values.SelectMany(p => p).Distinct(StringComparer.Ordinal).ToList();
        var counts = new Dictionary<(string, string), CreditClassCounts>();
        if (all.Count == 0)
        {
            return counts;
        }

        var (from, to) = InspectionAccess.Range(organizer);
        var firms = await directory.ListAsync(from, to, all, activeOnly: true, cancellationToken);
        var classOf = await RiskClassLookup.ForAsync(riskClasses, [.. firms.Select(f => f.CreditCode)], cancellationToken);
        foreach (var firm in firms)
        {
            if (AllocationRegions.CellOf(firm.RegionCode, organizer, level) is not { } region)
            {
                continue;
            }

            foreach (var (product, trades) in prefixes)
            {
                if (trades.Any(t => firm.IndustryCode!.StartsWith(t, StringComparison.Ordinal)))
                {
                    counts[(product, region)] = (counts.GetValueOrDefault((product, region)) ?? CreditClassCounts.None).Add(classOf(firm.CreditCode));
                }
            }
        }

        return counts;
    }

    private void Replace(SpotCheckPlan plan, AllocationResult result, Dictionary<string, CatalogueProduct> products)
    {
        var now = clock.GetUtcNow();
        db.Allocations.RemoveRange(plan.Allocations);
        plan.Allocations.Clear();
        foreach (var cell in result.Cells)
        {
            plan.Allocations.Add(new PlanAllocation
            {
                Id = Guid.CreateVersion7(now),
                PlanId = plan.Id,
                ProductCode = cell.Cell.Product,
                ProductName = products[cell.Cell.Product].Name,
                RegionCode = cell.Cell.Region,
                Producers = cell.Cell.Producers.Total,
                Score = (double)cell.Score,
                ProposedBatches = cell.Batches,
                Batches = cell.Batches,
                Explanation = Worded(cell.Explanation),
            });
        }

        plan.UpdatedAt = now;
        plan.UpdatedBy = db.Caller.Name;
        plan.Revision++;
    }

    private static string Worded(SamplingText text)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = RecordCulture;
            var message = text.Message;
            return message.Length <= 500 ? message : message[..500];
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}

/// <summary>The regions an allocation is made over: the organising region's counties (or cities), or the region itself.</summary>
internal static class AllocationRegions
{
    /// <summary>Every region of <paramref name="level"/> under the organiser; the organiser alone when it is that level or below.</summary>
    public static IReadOnlyList<string> Under(string organizer, RegionLevel level)
    {
        if (LevelOf(organizer) >= (int)level)
        {
            return [organizer];
        }

        return [.. RegionTable.Default.All.Where(r => r.Level == level && InspectionAccess.Within(r.Code, organizer)).Select(r => r.Code)];
    }

    /// <summary>
    /// The cell a firm registered in <paramref name="firmRegion"/> counts in, or null when its code is coarser than the
    /// cells (a firm registered only to a city cannot be placed in one of its counties).
    /// </summary>
    public static string? CellOf(string firmRegion, string organizer, RegionLevel level)
    {
        if (LevelOf(organizer) >= (int)level)
        {
            return organizer;
        }

        var firmLevel = RegionTable.LevelOf(firmRegion);
        return firmLevel < level ? null
            : level == RegionLevel.City ? firmRegion[..4] + "00"
            : firmRegion;
    }

    /// <summary>The national organiser (000000) is above the provinces.</summary>
    private static int LevelOf(string region) => region == "000000" ? 0 : (int)RegionTable.LevelOf(region);
}

internal static class ProposeAllocationEndpoint
{
    public static async Task<Results<Ok<AllocationProposal>, ProblemHttpResult>> HandleAsync(
        Guid id, ProposeAllocationRequest? request, ProposeAllocationHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, request ?? new ProposeAllocationRequest(null, null, null, null, null), cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}

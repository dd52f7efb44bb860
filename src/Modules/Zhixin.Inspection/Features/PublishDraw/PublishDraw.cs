using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Inspection.Contracts;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.Sampling;
using Zhixin.Platform.Data;
using Zhixin.Platform.Regions;
using Zhixin.Platform.Web;
using Zhixin.Register.Contracts;

namespace Zhixin.Inspection.Features.PublishDraw;

/// <summary>
/// The seed (64 hex characters, e.g. derived from a public lottery result; generated when absent) and the draw's
/// parameters: at most this many firms per inspector, and inspectors of another county first.
/// </summary>
internal sealed record PublishDrawRequest(string? Seed, int? MaxFirmsPerInspector, bool? PreferOtherCounty);

/// <summary>What is published before the draw: the seed, the pool listing's hash, and the pool's sizes.</summary>
internal sealed record PublishedDraw(
    Guid Id, Guid PlanId, Guid AllocationId, string ProductCode, string RegionCode, string Algorithm, string Seed, string PoolHash,
    DateTimeOffset PublishedAt, int FirmsRequested, int EligibleFirms, int Inspectors, int ExcludedFirms);

/// <summary>
/// Publishes the 双随机 draw of one allocation row: the firm pool is the register's firms of the row's region whose
/// trade makes the product (inactive ones and those a higher level already sampled for the same product in the same
/// year are listed as excluded), the inspector pool the active inspectors of the region (of the organising region when
/// the row's region has fewer than two), the number of firms the row's batches. The canonical listing, its hash and the
/// seed are stored and returned; the draw itself is made later from exactly that listing. A row not yet drawn may be
/// published again; the earlier publication is then superseded, and kept.
/// </summary>
internal sealed class PublishDrawHandler(InspectionDbContext db, IEnterpriseDirectory directory, ICreditRiskClasses riskClasses, TimeProvider clock)
{
    public async Task<Outcome<PublishedDraw>> HandleAsync(Guid allocationId, PublishDrawRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var allocation = await db.Allocations.AsNoTracking().FirstOrDefaultAsync(a => a.Id == allocationId, cancellationToken);
        var plan = allocation is null ? null : await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == allocation.PlanId, cancellationToken);
        if (allocation is null || plan is null)
        {
            return Failure.NotFound();
        }

        if (!InspectionAccess.Manages(db.Caller, plan.OrganizerRegionCode))
        {
            return Failure.Forbidden(InspectionText.Get("Access.NotYourRegion"));
        }

        if (allocation.Batches < 1)
        {
            return Failure.Conflict("DrawNeedsAllocatedBatches", InspectionText.Format("Draw.NoBatches", allocation.ProductName, InspectionAccess.RegionName(allocation.RegionCode)));
        }

        if (await db.Draws.AnyAsync(d => d.AllocationId == allocation.Id && d.Status == DrawStatus.Drawn, cancellationToken))
        {
            return Failure.Conflict("AllocationIsDrawnOnce", InspectionText.Format("Draw.AlreadyDrawn", allocation.ProductName, InspectionAccess.RegionName(allocation.RegionCode)));
        }

        var errors = new FieldErrors();
        var parsed = request.Seed is null ? SamplingOutcome<DrawSeed>.Valid(DrawSeed.NewRandom()) : DrawSeed.Parse(request.Seed);
        AddProblems(errors, parsed.Problems);
        var product = await db.CatalogueProducts.AsNoTracking()
            .FirstOrDefaultAsync(p => p.EditionId == plan.EditionId && p.Code == allocation.ProductCode, cancellationToken);
        if (product is null)
        {
            errors.Add("productCode", InspectionText.Format("Batch.ProductNotInCatalogue", allocation.ProductCode));
        }

        if (!errors.IsEmpty)
        {
            return errors;
        }

        var drawRequest = new DrawRequest(
            allocation.Batches,
            await FirmsAsync(allocation.RegionCode, product!.IndustryPrefixes(), cancellationToken),
            await InspectorsAsync(allocation.RegionCode, plan.OrganizerRegionCode, cancellationToken),
            await CheckedAboveAsync(plan, allocation, cancellationToken),
            new DrawOptions(request.MaxFirmsPerInspector, request.PreferOtherCounty ?? false,
                await riskClasses.RatiosAsync(allocation.RegionCode, cancellationToken) is { } ratios ? new CreditClassFactors(ratios.A, ratios.B, ratios.C, ratios.D) : null));
        var pool = DrawPool.Create(drawRequest);
        if (!pool.IsValid)
        {
            AddProblems(errors, pool.Problems);
            return errors;
        }

        var now = clock.GetUtcNow();
        var draw = new RandomDraw
        {
            Id = Guid.CreateVersion7(now),
            PlanId = plan.Id,
            AllocationId = allocation.Id,
            ProductCode = allocation.ProductCode,
            RegionCode = allocation.RegionCode,
            FirmsRequested = allocation.Batches,
            Seed = parsed.Value!.Hex,
            PoolHash = pool.Value.Hash,
            PoolListing = pool.Value.CanonicalText,
            Exclusions = DrawExclusions.Write(pool.Value.Excluded),
            Algorithm = DoubleRandomDraw.Algorithm,
            Status = DrawStatus.Published,
            PublishedAt = now,
            PublishedBy = db.Caller.Name,
        };
        // A publication replaces the row's earlier one that was not drawn; both stay on record, so a seed tried and
        // abandoned is there for anyone to see.
        foreach (var earlier in await db.Draws.Where(d => d.AllocationId == allocation.Id && d.Status == DrawStatus.Published).ToListAsync(cancellationToken))
        {
            earlier.Status = DrawStatus.Superseded;
        }

        db.Draws.Add(draw);
        await db.SaveChangesAsync(cancellationToken);
        return new PublishedDraw(draw.Id, plan.Id, allocation.Id, draw.ProductCode, draw.RegionCode, draw.Algorithm, draw.Seed, draw.PoolHash, now,
            draw.FirmsRequested, pool.Value.Firms.Count, pool.Value.Inspectors.Count, pool.Value.Excluded.Count);
    }

    /// <summary>The problems of the pure code under the request's names: the seed, the count (the row's batches), the pools, the options.</summary>
    public static string FieldOf(SamplingSubject subject) => subject switch
    {
        SamplingSubject.Seed => "seed",
        SamplingSubject.Count => "batches",
        SamplingSubject.Firms => "firms",
        SamplingSubject.Inspectors => "inspectors",
        SamplingSubject.Options => "maxFirmsPerInspector",
        _ => "listing",
    };

    /// <summary>The regions strictly above <paramref name="region"/>: the nation, its province and its city.</summary>
    public static IReadOnlyList<string> Above(string region) =>
        region == "000000" ? []
        : RegionTable.LevelOf(region) switch
        {
            RegionLevel.Province => ["000000"],
            RegionLevel.City => ["000000", region[..2] + "0000"],
            _ => ["000000", region[..2] + "0000", region[..4] + "00"],
        };

    private static void AddProblems(FieldErrors errors, IReadOnlyList<SamplingProblem> problems)
    {
        foreach (var problem in problems)
        {
            errors.Add(FieldOf(problem.Subject), problem.Message);
        }
    }

    /// <summary>Every firm of the region whose trade makes the product; the pool leaves out the inactive ones, with the reason.</summary>
    private async Task<List<DrawFirm>> FirmsAsync(string region, IReadOnlyList<string> trades, CancellationToken cancellationToken)
    {
        if (trades.Count == 0)
        {
            return [];
        }

        var (from, to) = InspectionAccess.Range(region);
        var firms = await directory.ListAsync(from, to, [.. trades], activeOnly: false, cancellationToken);
        var classOf = await RiskClassLookup.ForAsync(riskClasses, [.. firms.Select(f => f.CreditCode)], cancellationToken);
        return [.. firms.Select(f => new DrawFirm(f.CreditCode, f.Name, f.RegionCode, classOf(f.CreditCode), f.Active))];
    }

    private async Task<List<DrawInspector>> InspectorsAsync(string region, string organizer, CancellationToken cancellationToken)
    {
        var inspectors = await ActiveInspectorsAsync(region, cancellationToken);
        return inspectors.Count >= InspectorAssignment.PerFirm || region == organizer ? inspectors : await ActiveInspectorsAsync(organizer, cancellationToken);
    }

    private async Task<List<DrawInspector>> ActiveInspectorsAsync(string area, CancellationToken cancellationToken)
    {
        var (from, to) = InspectionAccess.Range(area);
        var rows = await db.Inspectors.AsNoTracking().Where(i => i.Active).WhereBetween(i => i.RegionCode, from, to)
            .Select(i => new { i.Id, i.Name, i.BadgeNumber, i.RegionCode })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(i => new DrawInspector(i.Id.ToString(), i.Name, i.BadgeNumber, i.RegionCode))];
    }

    /// <summary>
    /// Firms of the row's region already sampled for the same product in the plan's year under a plan organised by a
    /// higher level (the nation, the province, the city above the organiser): a lower level does not repeat a higher
    /// level's check (产品质量法 第十五条).
    /// </summary>
    private async Task<List<HigherLevelCheck>> CheckedAboveAsync(SpotCheckPlan plan, PlanAllocation allocation, CancellationToken cancellationToken)
    {
        var above = Above(plan.OrganizerRegionCode);
        var plans = await db.Plans.AsNoTracking().Where(p => above.Contains(p.OrganizerRegionCode))
            .Select(p => new { p.Id, p.Code, p.OrganizerRegionCode })
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        if (plans.Count == 0)
        {
            return [];
        }

        var ids = plans.Keys.ToList();
        var (from, to) = InspectionAccess.Range(allocation.RegionCode);
        var sampled = await db.Batches.AsNoTracking()
            .Where(b => ids.Contains(b.PlanId) && b.ProductCode == allocation.ProductCode && b.SampleYear == plan.Year)
            .WhereBetween(b => b.RegionCode, from, to)
            .Select(b => new { b.EnterpriseCreditCode, b.PlanId })
            .ToListAsync(cancellationToken);
        return [.. sampled.Select(b => new HigherLevelCheck(b.EnterpriseCreditCode,
            $"{InspectionAccess.RegionName(plans[b.PlanId].OrganizerRegionCode)} {plans[b.PlanId].Code}"))];
    }
}

internal static class PublishDrawEndpoint
{
    public static async Task<Results<Created<PublishedDraw>, ProblemHttpResult>> HandleAsync(
        Guid allocationId, PublishDrawRequest? request, PublishDrawHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(allocationId, request ?? new PublishDrawRequest(null, null, null), cancellationToken);
        return outcome.IsSuccess ? TypedResults.Created(InspectionRoutes.ApiDraw(outcome.Value!.Id), outcome.Value) : outcome.ToProblem();
    }
}

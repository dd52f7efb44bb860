using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Features.PublicLookup;
using Zhixin.Credit.Features.SetInspectionRatios;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Features.SetGradePublication;

internal sealed record SetGradePublicationRequest(bool? Published);

/// <summary>Whether grades are published for a region, and the region whose setting applies (null: none set, not published).</summary>
internal sealed record GradePublicationView(string RegionCode, bool Published, string? SetBy);

/// <summary>The setting in force for a region: its own, else the nearest region's above it, else not published.</summary>
internal static class GradePublicationRegions
{
    public static async Task<GradePublication?> InForceAsync(CreditDbContext db, string regionCode, CancellationToken cancellationToken)
    {
        var chain = RatioRegions.Chain(regionCode);
        var set = await db.GradePublications.AsNoTracking().Where(r => chain.Contains(r.RegionCode)).ToListAsync(cancellationToken);
        return chain.Select(code => set.FirstOrDefault(r => r.RegionCode == code)).FirstOrDefault(r => r is not null);
    }

    public static async Task<bool> PublishedAsync(CreditDbContext db, string regionCode, CancellationToken cancellationToken) =>
        (await InForceAsync(db, regionCode, cancellationToken))?.Published ?? false;
}

/// <summary>
/// Sets whether a region the caller manages (its own or one below it) publishes firms' grades in the public
/// lookup (公示). The regions below follow unless they set their own.
/// </summary>
internal sealed class SetGradePublicationHandler(CreditDbContext db, PublicCreditCache cache, TimeProvider clock)
{
    public async Task<Outcome<GradePublicationView>> GetAsync(string regionCode, CancellationToken cancellationToken)
    {
        var code = regionCode == "000000" ? regionCode : RegionCode.Parse(regionCode) is { IsValid: true } region ? region.Value.Value : null;
        if (code is null)
        {
            return Failure.NotFound(RegionCode.Parse(regionCode).Problem!.Message);
        }

        var inForce = await GradePublicationRegions.InForceAsync(db, code, cancellationToken);
        return new GradePublicationView(code, inForce?.Published ?? false, inForce?.RegionCode);
    }

    public async Task<Outcome<GradePublicationView>> SetAsync(string regionCode, SetGradePublicationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var region = regionCode == "000000" ? (RegionCode?)null : errors.Check("regionCode", RegionCode.Parse(regionCode));
        if (request.Published is null)
        {
            errors.Add("published", CreditText.Get("GradePublication.PublishedMissing"));
        }

        if (!errors.IsEmpty)
        {
            return errors;
        }

        var code = region?.Value ?? "000000";
        if (!db.Caller.Roles.Contains(Roles.Regulator) || !db.Caller.Scope.Includes(code) || (code == "000000" && db.Caller.RegionCode != "000000"))
        {
            return Failure.Forbidden(CreditText.Get("Ratios.NotYourRegion"));
        }

        var row = await db.GradePublications.SingleOrDefaultAsync(r => r.RegionCode == code, cancellationToken);
        if (row is null)
        {
            row = new GradePublication { RegionCode = code, UpdatedBy = db.Caller.Name };
            db.GradePublications.Add(row);
        }

        row.Published = request.Published!.Value;
        row.UpdatedAt = clock.GetUtcNow();
        row.UpdatedBy = db.Caller.Name;
        await db.SaveChangesAsync(cancellationToken);
        // Every firm of the region and of the regions below may change its public view.
        cache.InvalidateAll();
        return new GradePublicationView(code, row.Published, code);
    }
}

internal static class SetGradePublicationEndpoint
{
    public static async Task<Results<Ok<GradePublicationView>, ProblemHttpResult>> GetAsync(string region, SetGradePublicationHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.GetAsync(region, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }

    public static async Task<Results<Ok<GradePublicationView>, ProblemHttpResult>> SetAsync(
        string region, SetGradePublicationRequest request, SetGradePublicationHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.SetAsync(region, request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}

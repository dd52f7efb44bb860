using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Inspection.Contracts;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Features.SetInspectionRatios;

/// <summary>A region's ratios in per cent (0–100), not lower for a riskier class.</summary>
internal sealed record SetInspectionRatiosRequest(decimal? A, decimal? B, decimal? C, decimal? D);

/// <summary>The ratios in force for a region and where they come from (null: none set, defaults apply).</summary>
internal sealed record InspectionRatiosView(string RegionCode, InspectionRatios? InForce);

/// <summary>
/// Sets the inspection ratios by risk class of a region the caller manages (its own region or one below it). The
/// spot-check allocation weighs producers by them and the 双随机 draw weighs firms by them.
/// </summary>
internal sealed class SetInspectionRatiosHandler(CreditDbContext db, ICreditRiskClasses ratios, TimeProvider clock)
{
    public async Task<Outcome<InspectionRatiosView>> GetAsync(string regionCode, CancellationToken cancellationToken)
    {
        // The country (000000) is no GB/T 2260 code, but it sets ratios like any region, so it can read them too.
        ParseResult<RegionCode>? region = regionCode == "000000" ? null : RegionCode.Parse(regionCode);
        if (region is { IsValid: false })
        {
            return Failure.NotFound(region.Value.Problem!.Message);
        }

        var code = region?.Value.Value ?? "000000";
        return new InspectionRatiosView(code, await ratios.RatiosAsync(code, cancellationToken));
    }

    public async Task<Outcome<InspectionRatiosView>> SetAsync(string regionCode, SetInspectionRatiosRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var region = regionCode == "000000" ? (RegionCode?)null : errors.Check("regionCode", RegionCode.Parse(regionCode));
        var values = new[] { ("a", request.A), ("b", request.B), ("c", request.C), ("d", request.D) };
        foreach (var (field, value) in values)
        {
            if (CreditFields.Checks.Present(errors, field, value) is { } percent && percent is < 0 or > 100)
            {
                errors.Add(field, CreditText.Format("Ratios.OutOfRange", field.ToUpperInvariant(), percent));
            }
        }

        if (errors.IsEmpty && !(request.A <= request.B && request.B <= request.C && request.C <= request.D))
        {
            errors.Add("d", CreditText.Get("Ratios.NotIncreasing"));
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

        var row = await db.InspectionRatios.SingleOrDefaultAsync(r => r.RegionCode == code, cancellationToken);
        if (row is null)
        {
            row = new InspectionRatio { RegionCode = code, UpdatedBy = db.Caller.Name };
            db.InspectionRatios.Add(row);
        }

        (row.A, row.B, row.C, row.D) = (request.A!.Value, request.B!.Value, request.C!.Value, request.D!.Value);
        row.UpdatedAt = clock.GetUtcNow();
        row.UpdatedBy = db.Caller.Name;
        await db.SaveChangesAsync(cancellationToken);
        return new InspectionRatiosView(code, await ratios.RatiosAsync(code, cancellationToken));
    }
}

internal static class SetInspectionRatiosEndpoint
{
    public static async Task<Results<Ok<InspectionRatiosView>, ProblemHttpResult>> GetAsync(string region, SetInspectionRatiosHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.GetAsync(region, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }

    public static async Task<Results<Ok<InspectionRatiosView>, ProblemHttpResult>> SetAsync(
        string region, SetInspectionRatiosRequest request, SetInspectionRatiosHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.SetAsync(region, request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}

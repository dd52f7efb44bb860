using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Web;

namespace Zhixin.Inspection.Features.CreateSpotCheckPlan;

internal sealed record CreateSpotCheckPlanRequest(
    string? Code, string? Title, SpotCheckPlanKind? Kind, int? Year, string? RegionCode, string? EditionCode,
    DateOnly? StartsOn, DateOnly? EndsOn, int? BudgetBatches, decimal? BudgetYuan);

/// <summary>A yearly or special spot-check plan of the caller's authority (or of a region below it).</summary>
internal sealed partial class CreateSpotCheckPlanHandler(InspectionDbContext db, TimeProvider clock)
{
    public const int MaxBudgetBatches = 1_000_000;

    public async Task<Outcome<SpotCheckPlanSummary>> HandleAsync(CreateSpotCheckPlanRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var code = Fields.Required(errors, "code", request.Code, 40);
        if (code is not null && !PlanCode().IsMatch(code))
        {
            errors.Add("code", InspectionText.Get("Plan.CodeFormat"));
        }

        var title = Fields.Required(errors, "title", request.Title, 300);
        var kind = Fields.Required(errors, "kind", request.Kind);
        if (kind is { } k && !Enum.IsDefined(k))
        {
            errors.Add("kind", InspectionText.Get("Plan.KindInvalid"));
        }

        var year = Fields.Required(errors, "year", request.Year);
        if (year is < 2000 or > 2100)
        {
            errors.Add("year", InspectionText.Get("Plan.YearOutOfRange"));
        }

        var regionText = request.RegionCode ?? db.Caller.RegionCode;
        RegionCode? region = regionText is null ? null : errors.Check("regionCode", RegionCode.Parse(regionText));
        if (regionText is null)
        {
            errors.Add("regionCode", InspectionText.Format("Field.Required", Fields.Label("regionCode")));
        }

        var startsOn = Fields.Required(errors, "startsOn", request.StartsOn);
        var endsOn = Fields.Required(errors, "endsOn", request.EndsOn);
        if (startsOn is { } s && endsOn is { } e && e < s)
        {
            errors.Add("endsOn", InspectionText.Get("Plan.EndsBeforeStart"));
        }

        var budget = Fields.Required(errors, "budgetBatches", request.BudgetBatches);
        if (budget is < 1 or > MaxBudgetBatches)
        {
            errors.Add("budgetBatches", InspectionText.Format("Plan.BudgetOutOfRange", MaxBudgetBatches));
        }

        if (request.BudgetYuan is < 0 or > 10_000_000_000m)
        {
            errors.Add("budgetYuan", InspectionText.Get("Plan.BudgetYuanOutOfRange"));
        }

        var edition = request.EditionCode is { Length: > 0 } editionCode
            ? await db.Editions.AsNoTracking().FirstOrDefaultAsync(x => x.Code == editionCode, cancellationToken)
            : null;
        if (edition is null)
        {
            errors.Add("editionCode", InspectionText.Get("Plan.EditionNotFound"));
        }

        if (code is not null && await db.Plans.IgnoreQueryFilters([Platform.Data.ScopedDbContext.VoidedFilter]).AnyAsync(p => p.Code == code, cancellationToken))
        {
            errors.Add("code", InspectionText.Format("Plan.CodeTaken", code));
        }

        if (!errors.IsEmpty)
        {
            return errors;
        }

        if (!InspectionAccess.Manages(db.Caller, region!.Value.Value))
        {
            return Failure.Forbidden(InspectionText.Get("Access.NotYourRegion"));
        }

        var now = clock.GetUtcNow();
        var plan = new SpotCheckPlan
        {
            Id = Guid.CreateVersion7(now),
            Code = code!,
            Title = title!,
            Kind = kind!.Value,
            Year = year!.Value,
            OrganizerRegionCode = region.Value.Value,
            EditionId = edition!.Id,
            StartsOn = startsOn!.Value,
            EndsOn = endsOn!.Value,
            BudgetBatches = budget!.Value,
            BudgetYuan = request.BudgetYuan,
            CreatedAt = now,
            CreatedBy = db.Caller.Name,
            UpdatedAt = now,
            UpdatedBy = db.Caller.Name,
            Revision = 1,
        };
        db.Plans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        return PlanViews.Summary(plan, 0);
    }

    [GeneratedRegex("^[0-9A-Za-z][0-9A-Za-z-]{0,39}$")]
    private static partial Regex PlanCode();
}

internal static class CreateSpotCheckPlanEndpoint
{
    public static async Task<Results<Created<SpotCheckPlanSummary>, ProblemHttpResult>> HandleAsync(
        CreateSpotCheckPlanRequest request, CreateSpotCheckPlanHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Created(InspectionRoutes.ApiPlan(outcome.Value!.Id), outcome.Value) : outcome.ToProblem();
    }
}

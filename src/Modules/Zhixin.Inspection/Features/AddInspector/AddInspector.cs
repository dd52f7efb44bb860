using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.Features.ListInspectors;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Web;

namespace Zhixin.Inspection.Features.AddInspector;

/// <summary>An inspector: name, 执法证号 (unique), the region where they serve (default: the caller's), department.</summary>
internal sealed record AddInspectorRequest(string? Name, string? BadgeNumber, string? RegionCode, string? DepartmentName);

/// <summary>Adds an inspector to the roster of a region the caller manages; a new inspector is active.</summary>
internal sealed class AddInspectorHandler(InspectionDbContext db, TimeProvider clock)
{
    public async Task<Outcome<InspectorView>> HandleAsync(AddInspectorRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var name = Fields.Required(errors, "name", request.Name, 50);
        var badge = Fields.Required(errors, "badgeNumber", request.BadgeNumber, 30);
        if (badge is not null && badge.Any(char.IsControl))
        {
            errors.Add("badgeNumber", InspectionText.Get("Inspector.BadgeFormat"));
        }
        else if (badge is not null && await db.Inspectors.IgnoreQueryFilters().AnyAsync(i => i.BadgeNumber == badge, cancellationToken))
        {
            errors.Add("badgeNumber", InspectionText.Format("Inspector.BadgeTaken", badge));
        }

        var regionText = string.IsNullOrWhiteSpace(request.RegionCode) ? db.Caller.RegionCode : request.RegionCode.Trim();
        RegionCode? region = regionText is null ? null : errors.Check("regionCode", RegionCode.Parse(regionText));
        if (regionText is null)
        {
            errors.Add("regionCode", InspectionText.Format("Field.Required", Fields.Label("regionCode")));
        }

        var department = Fields.Optional(errors, "departmentName", request.DepartmentName, 100);
        if (!errors.IsEmpty)
        {
            return errors;
        }

        if (!InspectionAccess.Manages(db.Caller, region!.Value.Value))
        {
            return Failure.Forbidden(InspectionText.Get("Access.NotYourRegion"));
        }

        var inspector = new Inspector
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            Name = name!,
            BadgeNumber = badge!,
            RegionCode = region.Value.Value,
            DepartmentName = department,
            Active = true,
        };
        db.Inspectors.Add(inspector);
        await db.SaveChangesAsync(cancellationToken);
        return ListInspectorsHandler.View(inspector);
    }
}

internal static class AddInspectorEndpoint
{
    public static async Task<Results<Created<InspectorView>, ProblemHttpResult>> HandleAsync(
        AddInspectorRequest request, AddInspectorHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(request, cancellationToken);
        return outcome.IsSuccess
            ? TypedResults.Created(InspectionRoutes.ApiInspectors + "?q=" + Uri.EscapeDataString(outcome.Value!.BadgeNumber), outcome.Value)
            : outcome.ToProblem();
    }
}

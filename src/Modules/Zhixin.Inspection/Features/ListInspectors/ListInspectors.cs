using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;
using Zhixin.Platform.Data;
using Zhixin.Platform.Web;

namespace Zhixin.Inspection.Features.ListInspectors;

/// <summary>An inspector of the 双随机 roster (执法检查人员名录).</summary>
internal sealed record InspectorView(Guid Id, string Name, string BadgeNumber, string RegionCode, string RegionName, string? DepartmentName, bool Active);

internal sealed record ListInspectorsRequest(string? RegionCode, bool? Active, string? Query, int Page = 1, int PageSize = ListInspectorsHandler.DefaultPageSize);

/// <summary>The inspector roster in the caller's scope, by region then name; filters by region (and below), activity, name or badge.</summary>
internal sealed class ListInspectorsHandler(InspectionDbContext db)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public async Task<Page<InspectorView>> HandleAsync(ListInspectorsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = db.Inspectors.AsNoTracking();
        if (request.RegionCode is { Length: 6 } region)
        {
            var (from, to) = InspectionAccess.Range(region);
            query = query.WhereBetween(i => i.RegionCode, from, to);
        }

        if (request.Active is { } active)
        {
            query = query.Where(i => i.Active == active);
        }

        if (request.Query?.Trim() is { Length: > 0 } text)
        {
            query = query.Where(i => i.BadgeNumber == text || EF.Functions.Like(i.Name, QueryRanges.ContainsPattern(text), QueryRanges.LikeEscape));
        }

        var size = Math.Clamp(request.PageSize, 1, MaxPageSize);
        var page = Math.Max(1, request.Page);
        var total = await query.LongCountAsync(cancellationToken);
        var rows = await query.OrderBy(i => i.RegionCode).ThenBy(i => i.Name).ThenBy(i => i.BadgeNumber)
            .Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new Page<InspectorView>([.. rows.Select(View)], page, size, total);
    }

    public static InspectorView View(Inspector inspector)
    {
        ArgumentNullException.ThrowIfNull(inspector);
        return new(inspector.Id, inspector.Name, inspector.BadgeNumber, inspector.RegionCode, InspectionAccess.RegionName(inspector.RegionCode),
            inspector.DepartmentName, inspector.Active);
    }
}

internal static class ListInspectorsEndpoint
{
    public static async Task<Ok<Page<InspectorView>>> HandleAsync(
        string? region, bool? active, string? q, int? page, int? pageSize, ListInspectorsHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(
            new ListInspectorsRequest(region, active, q, page ?? 1, pageSize ?? ListInspectorsHandler.DefaultPageSize), cancellationToken));
}

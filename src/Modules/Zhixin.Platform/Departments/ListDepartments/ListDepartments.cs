using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Data;

namespace Zhixin.Platform.Departments.ListDepartments;

public sealed record DepartmentResponse(string Code, string Name, DepartmentLevel Level, string RegionCode, bool IsGeneric, bool NeedsReview, IReadOnlyList<string> Aliases);

/// <summary>The department table, all of it or one jurisdiction's (national bodies under 000000). Public reference data.</summary>
internal static class ListDepartmentsEndpoint
{
    public static async Task<Ok<List<DepartmentResponse>>> HandleAsync(string? region, PlatformDbContext db, CancellationToken cancellationToken)
    {
        var query = db.Departments.AsNoTracking().Include(d => d.Aliases).AsQueryable();
        if (!string.IsNullOrWhiteSpace(region))
        {
            var code = region.Trim();
            query = query.Where(d => d.RegionCode == code);
        }

        var departments = await query.OrderBy(d => d.RegionCode).ThenBy(d => d.Code).ToListAsync(cancellationToken);
        return TypedResults.Ok(departments.Select(DepartmentDirectory.ToResponse).ToList());
    }
}

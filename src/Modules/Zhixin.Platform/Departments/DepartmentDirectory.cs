using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Data;
using Zhixin.Platform.Departments.ListDepartments;

namespace Zhixin.Platform.Departments;

/// <summary>The department table as other modules see it: read it, and add a body met in a document that matches none.</summary>
public interface IDepartmentDirectory
{
    Task<IReadOnlyList<DepartmentResponse>> ListAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Adds <paramref name="name"/> as a department of <paramref name="regionCode"/> flagged for a person to confirm
    /// or merge, or returns the flagged entry an earlier call added under the same name and region.
    /// </summary>
    Task<DepartmentResponse> AddForReviewAsync(string name, string regionCode, DepartmentLevel level, CancellationToken cancellationToken);
}

internal sealed class DepartmentDirectory(PlatformDbContext db) : IDepartmentDirectory
{
    public async Task<IReadOnlyList<DepartmentResponse>> ListAsync(CancellationToken cancellationToken)
    {
        var departments = await db.Departments.AsNoTracking().Include(d => d.Aliases).ToListAsync(cancellationToken);
        return [.. departments.Select(ToResponse)];
    }

    public async Task<DepartmentResponse> AddForReviewAsync(string name, string regionCode, DepartmentLevel level, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(regionCode);
        var code = ReviewCode(name, regionCode);
        var department = await db.Departments.Include(d => d.Aliases).FirstOrDefaultAsync(d => d.Code == code, cancellationToken);
        if (department is null)
        {
            department = new Department { Code = code, Name = name, RegionCode = regionCode, Level = level, NeedsReview = true };
            department.Aliases.Add(new DepartmentAlias { DepartmentCode = code, Alias = name });
            db.Departments.Add(department);
            await db.SaveChangesAsync(cancellationToken);
        }

        return ToResponse(department);
    }

    /// <summary>A stable code from name and region, so adding the same unknown body twice finds the first entry.</summary>
    private static string ReviewCode(string name, string regionCode)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(regionCode + "/" + name));
        return $"review.{regionCode}.{Convert.ToHexStringLower(hash.AsSpan(0, 6))}";
    }

    internal static DepartmentResponse ToResponse(Department d) =>
        new(d.Code, d.Name, d.Level, d.RegionCode, d.IsGeneric, d.NeedsReview, [.. d.Aliases.Select(a => a.Alias).Order(StringComparer.Ordinal)]);
}

/// <summary>The department table as shipped (Departments/Data/departments.json), for matching without a database: dry runs and tests.</summary>
public static class ShippedDepartments
{
    private static readonly Lazy<IReadOnlyList<DepartmentResponse>> Table = new(() =>
        [.. DepartmentSeed.Load().Departments.Select(d => new DepartmentResponse(
            d.Code, d.Name, d.Level, d.Region, d.Generic, NeedsReview: false,
            [.. d.Aliases.Append(d.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]))]);

    public static IReadOnlyList<DepartmentResponse> All => Table.Value;
}

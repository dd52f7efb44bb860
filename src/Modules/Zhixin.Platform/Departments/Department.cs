namespace Zhixin.Platform.Departments;

public enum DepartmentLevel
{
    National = 1,
    Province = 2,
    City = 3,
    County = 4,
}

/// <summary>
/// A government body that leads, joins or answers for plan tasks, shares data, or employs officials.
/// Seeded from the departments the seed plans name; a name met later that matches none is added as
/// <see cref="NeedsReview"/> for a person to confirm or merge.
/// </summary>
internal sealed class Department
{
    public required string Code { get; init; }

    public required string Name { get; set; }

    public DepartmentLevel Level { get; set; }

    /// <summary>The jurisdiction's GB/T 2260 code; "000000" for national bodies.</summary>
    public required string RegionCode { get; set; }

    /// <summary>A collective such as 各有关部门 rather than one body.</summary>
    public bool IsGeneric { get; set; }

    public bool NeedsReview { get; set; }

    public List<DepartmentAlias> Aliases { get; init; } = [];
}

internal sealed class DepartmentAlias
{
    public required string DepartmentCode { get; init; }

    public required string Alias { get; init; }
}

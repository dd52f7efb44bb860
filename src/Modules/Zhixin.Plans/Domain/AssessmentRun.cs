using Zhixin.Platform.Scoping;

namespace Zhixin.Plans.Domain;

/// <summary>One assessment of a plan's departments and local governments as of a date, under one scheme version.</summary>
internal sealed class AssessmentRun : IRegionScoped
{
    public Guid Id { get; init; }

    public Guid PlanId { get; init; }

    public required string SchemeCode { get; init; }

    public int SchemeVersion { get; init; }

    public DateOnly AsOf { get; init; }

    public DateTimeOffset RunAt { get; init; }

    public required string RunBy { get; init; }

    public required string RegionCode { get; init; }

    public List<AssessmentResult> Results { get; init; } = [];
}

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<AssesseeKind>))]
internal enum AssesseeKind
{
    Department = 1,
    LocalGovernment = 2,
}

/// <summary>One assessee's score, grade and line-by-line breakdown (JSON) in a run; no score when it had no tasks.</summary>
internal sealed class AssessmentResult
{
    public Guid RunId { get; init; }

    public required string DepartmentCode { get; init; }

    public required string DepartmentName { get; init; }

    public AssesseeKind Kind { get; init; }

    public decimal? Score { get; init; }

    public string? Grade { get; init; }

    public required string BreakdownJson { get; init; }
}

namespace Zhixin.Plans.Domain;

/// <summary>
/// An imported plan document (行动计划, 实施方案, 纲要) and the jurisdiction that runs it. Plans are published
/// government documents: every official may read every plan; only officials whose region covers the plan's
/// jurisdiction change it.
/// </summary>
internal sealed class Plan
{
    public Guid Id { get; init; }

    public required string Title { get; set; }

    /// <summary>The document's own number as written, e.g. 闽质强省办〔2012〕1号; null when the copy does not state it.</summary>
    public string? DocumentNumber { get; init; }

    public string? Issuer { get; init; }

    public DateOnly? IssuedOn { get; init; }

    /// <summary>The jurisdiction's GB/T 2260 code; "000000" for a national plan.</summary>
    public required string RegionCode { get; init; }

    /// <summary>The period the plan runs, from which progress-report deadlines follow.</summary>
    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    /// <summary>The reporting schedule as JSON (Reporting/ReportingSchedule); half-yearly by default.</summary>
    public required string ScheduleJson { get; set; }

    /// <summary>SHA-256 of the decoded text, so the same document is not imported twice under another file name.</summary>
    public required string ContentSha256 { get; init; }

    public required string SourceFileName { get; init; }

    public required string SourceEncoding { get; init; }

    /// <summary>The decoded document, kept so a person can compare the parse with the source.</summary>
    public required string SourceText { get; init; }

    /// <summary>The importer's warnings as JSON: what it repaired and what it could not read.</summary>
    public required string WarningsJson { get; init; }

    public DateTimeOffset ImportedAt { get; init; }

    public required string ImportedBy { get; init; }

    public List<PlanSection> Sections { get; init; } = [];

    public List<PlanTask> Tasks { get; init; } = [];

    public List<PlanTarget> Targets { get; init; } = [];
}

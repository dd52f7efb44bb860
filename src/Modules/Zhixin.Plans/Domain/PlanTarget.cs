namespace Zhixin.Plans.Domain;

/// <summary>
/// A quantified target of the plan (e.g. 产品质量监督抽查合格率稳定在85%以上) read into indicator, comparator,
/// value, unit and year, with the actual value once someone records it or the platform computes it.
/// </summary>
internal sealed class PlanTarget
{
    public Guid Id { get; init; }

    public Guid PlanId { get; init; }

    public int Ordinal { get; init; }

    /// <summary>The target as the document writes it.</summary>
    public required string Text { get; init; }

    public required string Indicator { get; init; }

    /// <summary>The indicator normalised for matching (simplified characters, no spaces or punctuation).</summary>
    public required string IndicatorKey { get; init; }

    public required string Comparator { get; init; }

    public decimal? Value { get; init; }

    /// <summary>The upper end of a range target (1-2个).</summary>
    public decimal? UpperValue { get; init; }

    public string? Unit { get; init; }

    public int? Year { get; init; }

    /// <summary>The platform indicator that fills <see cref="Actual"/> itself, e.g. inspection.pass-rate; null when people record it.</summary>
    public string? ComputedBy { get; init; }

    public decimal? Actual { get; set; }

    public DateTimeOffset? ActualRecordedAt { get; set; }

    public string? ActualRecordedBy { get; set; }

    public string? ActualSource { get; set; }
}

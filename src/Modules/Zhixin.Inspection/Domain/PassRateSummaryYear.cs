namespace Zhixin.Inspection.Domain;

/// <summary>
/// The bookkeeping of one sampling year's pre-aggregate. <see cref="Changes"/> grows by one in the same transaction
/// as every change to the year's batches; the pre-aggregate answers only while <see cref="BuiltFrom"/> equals it,
/// so a table served from it is always the table the batches give at that moment.
/// </summary>
internal sealed class PassRateSummaryYear
{
    public int SampleYear { get; init; }

    /// <summary>How many saves have changed the year's batches so far.</summary>
    public long Changes { get; init; }

    /// <summary>The value of <see cref="Changes"/> the current pre-aggregate was counted at; null when there is none.</summary>
    public long? BuiltFrom { get; set; }

    public DateTimeOffset? BuiltAt { get; set; }

    /// <summary>How long the last build took, in milliseconds.</summary>
    public long? BuildMilliseconds { get; set; }

    /// <summary>The value of <see cref="Changes"/> at which the year was last found too small to pre-aggregate.</summary>
    public long? CheckedFrom { get; set; }

    public bool IsFresh => BuiltFrom == Changes;
}

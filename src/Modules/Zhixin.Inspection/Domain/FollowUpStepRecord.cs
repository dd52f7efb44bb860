using Zhixin.Inspection.FollowUp;
using Zhixin.Platform.Audit;
using Zhixin.Platform.Scoping;

namespace Zhixin.Inspection.Domain;

/// <summary>
/// A step taken in a batch's legal follow-up (后处理): notice served, objection filed, correction ordered, re-inspection
/// done … with its date. The clock (FollowUp/) computes every deadline from these; a late step accepted anyway keeps
/// the override reason, and the override is audited.
/// </summary>
internal sealed class FollowUpStepRecord : IRegionScoped, IAudited
{
    public Guid Id { get; init; }

    public Guid BatchId { get; init; }

    public FollowUpStepKind Kind { get; init; }

    public DateOnly On { get; init; }

    /// <summary>The outcome for a re-test or re-inspection (passed), or for an objection decision (accepted).</summary>
    public bool? Passed { get; init; }

    public string? Note { get; init; }

    /// <summary>Why a step outside its legal window was accepted; null when it was on time.</summary>
    public string? OverrideReason { get; init; }

    /// <summary>
    /// The step this one corrects. Steps are never deleted or changed: a wrong one is superseded by a later record
    /// with a note, the clock reads the correction, and the timeline keeps both.
    /// </summary>
    public Guid? CorrectsStepId { get; init; }

    public required string RegionCode { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    public required string RecordedBy { get; init; }
}

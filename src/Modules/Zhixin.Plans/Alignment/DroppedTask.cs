namespace Zhixin.Plans.Alignment;

/// <summary>
/// A national task no provincial task carries, with the provincial tasks nearest to it (closest first) for a
/// reviewer to check: wording alone misses a task the province rewrote completely.
/// </summary>
internal sealed record DroppedTask(string UpperKey, IReadOnlyList<AlignmentCandidate> Nearest);

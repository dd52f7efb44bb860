namespace Zhixin.Plans.Indicators;

/// <summary>
/// An indicator the platform computes from its own records (<see cref="Id"/>, e.g. inspection.pass-rate), and the
/// names plans give it; names may be written in any script or spacing, the registry normalises them.
/// </summary>
internal sealed record ComputedIndicator(string Id, IReadOnlyList<string> Names);

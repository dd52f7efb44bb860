namespace Zhixin.Inspection.Sampling;

/// <summary>A drawn firm, its place in the draw order (1 = drawn first), and its two inspectors in the order they were picked.</summary>
internal sealed record DrawnFirm(int Rank, DrawFirm Firm, IReadOnlyList<DrawInspector> Inspectors);

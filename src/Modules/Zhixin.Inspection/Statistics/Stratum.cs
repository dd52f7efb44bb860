namespace Zhixin.Inspection.Statistics;

/// <summary>
/// One stratum of a weighted rate, e.g. a region × industry cell whose weight is its industrial output. Weights
/// are in any unit; only their shares matter.
/// </summary>
internal sealed record Stratum(string Name, double Weight, int Tested, int Failed);

namespace Zhixin.Inspection.Sampling;

/// <summary>An official's number of batches for one cell, replacing the proposal's.</summary>
internal sealed record CellAdjustment(string Product, string Region, int Batches);

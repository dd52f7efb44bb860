namespace Zhixin.Inspection.Sampling;

/// <summary>One cell after adjustment: what was proposed, what the official set, and the change (adjusted − proposed).</summary>
internal sealed record AdjustedCell(string Product, string Region, int Producers, int Proposed, int Adjusted)
{
    public int Difference => Adjusted - Proposed;
}

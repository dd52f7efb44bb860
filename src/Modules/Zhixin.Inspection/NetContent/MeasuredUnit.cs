namespace Zhixin.Inspection.NetContent;

/// <summary>One sampled unit: its measured net content and shortfall in the declared unit (negative shortfall is a surplus).</summary>
/// <param name="Number">1-based, in the order given.</param>
internal sealed record MeasuredUnit(int Number, decimal Value, decimal Shortfall, ShortfallClass Class);

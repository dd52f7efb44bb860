namespace Zhixin.Inspection.NetContent;

/// <summary>How T is rounded for a nominal quantity in (<see cref="Above"/>, <see cref="UpTo"/>] of the base unit.</summary>
internal sealed record RoundingRule(decimal Above, decimal? UpTo, decimal Step, DeficiencyRounding Mode)
{
    public bool Contains(decimal nominal) => nominal > Above && (UpTo is null || nominal <= UpTo);

    public decimal Apply(decimal value)
    {
        var steps = value / Step;
        var whole = Mode == DeficiencyRounding.Up
            ? decimal.Ceiling(steps)
            : decimal.Round(steps, MidpointRounding.AwayFromZero);
        return whole * Step;
    }
}

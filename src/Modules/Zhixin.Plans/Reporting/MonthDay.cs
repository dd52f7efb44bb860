namespace Zhixin.Plans.Reporting;

/// <summary>A day of the year without a year, for custom deadline lists (e.g. 10 July).</summary>
internal sealed record MonthDay(int Month, int Day);

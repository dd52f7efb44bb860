using System.Globalization;

namespace Zhixin.Plans.Reporting;

/// <summary>
/// One report a department owes: the period it covers (<see cref="Start"/> to <see cref="End"/>, calendar
/// dates, not cut to the plan's own dates) and the day it is due. The label is data (year, kind, sequence);
/// <see cref="ChineseLabel"/> is the form the plans themselves use, e.g. 2013年上半年.
/// </summary>
internal sealed record ReportingPeriod(
    int Year,
    ReportingPeriodKind Kind,
    int Sequence,
    DateOnly Start,
    DateOnly End,
    DateOnly Due)
{
    public string ChineseLabel => Kind switch
    {
        ReportingPeriodKind.FirstHalf => string.Create(CultureInfo.InvariantCulture, $"{Year}年上半年"),
        ReportingPeriodKind.FullYear => string.Create(CultureInfo.InvariantCulture, $"{Year}年全年"),
        ReportingPeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year}年第{Sequence}季度"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year}年第{Sequence}期"),
    };
}

namespace Zhixin.Plans.Reporting;

/// <summary>
/// One report a schedule asks for every year: it covers <see cref="FirstMonth"/> to <see cref="LastMonth"/> of a
/// year and is due on <see cref="DueMonth"/>/<see cref="DueDay"/> of that year plus <see cref="DueYearOffset"/>
/// (1 for a report due in January on the year before). A due day past the month's end (29 February in a
/// common year, 31 April) means the month's last day.
/// </summary>
internal sealed record ReportingRule(
    ReportingPeriodKind Kind,
    int Sequence,
    int FirstMonth,
    int LastMonth,
    int DueMonth,
    int DueDay,
    int DueYearOffset)
{
    public IEnumerable<string> Problems()
    {
        if (FirstMonth is < 1 or > 12 || LastMonth is < 1 or > 12 || FirstMonth > LastMonth)
        {
            yield return $"{Kind} {Sequence}: months {FirstMonth}-{LastMonth} are not a span within one year.";
        }

        if (DueMonth is < 1 or > 12 || DueDay is < 1 or > 31)
        {
            yield return $"{Kind} {Sequence}: due date {DueMonth}/{DueDay} is not a day of the year.";
        }

        if (DueYearOffset is < 0 or > 1)
        {
            yield return $"{Kind} {Sequence}: a report falls due in its own year or the next, not {DueYearOffset} years on.";
        }
    }

    public ReportingPeriod For(int year)
    {
        var dueYear = year + DueYearOffset;
        return new ReportingPeriod(
            year,
            Kind,
            Sequence,
            new DateOnly(year, FirstMonth, 1),
            new DateOnly(year, LastMonth, DateTime.DaysInMonth(year, LastMonth)),
            new DateOnly(dueYear, DueMonth, Math.Min(DueDay, DateTime.DaysInMonth(dueYear, DueMonth))));
    }
}

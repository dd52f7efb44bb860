namespace Zhixin.Platform.Calendar;

/// <summary>
/// The PRC working-day calendar: Monday to Friday are working days except the days off of the year's
/// arrangement notice, and Saturdays or Sundays named as make-up working days (调休上班) are working days.
/// Built once from <see cref="HolidayCalendarData"/> and immutable, so one instance serves the whole app.
/// Any question about a date in a year the data does not cover throws
/// <see cref="CalendarYearNotCoveredException"/> rather than guessing, unless the caller asks for the
/// <see cref="Provisional"/> twin, which guesses openly.
/// </summary>
public sealed class WorkCalendar
{
    private readonly HashSet<DateOnly> daysOff;
    private readonly HashSet<DateOnly> makeUpWorkingDays;
    private readonly SortedSet<int> years;

    public WorkCalendar(HolidayCalendarData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Data = data;
        var arrangements = data.Years.SelectMany(year => year.Arrangements).ToList();
        daysOff = [.. arrangements.SelectMany(arrangement => Days(arrangement.From, arrangement.To))];
        makeUpWorkingDays = [.. arrangements.SelectMany(arrangement => arrangement.MakeUpWorkingDays)];
        years = [.. data.Years.Select(year => year.Year)];
        Provisional = new WorkCalendar(this);
    }

    /// <summary>The provisional twin: the same data (the sets are never changed, so they are shared).</summary>
    private WorkCalendar(WorkCalendar exact)
    {
        Data = exact.Data;
        daysOff = exact.daysOff;
        makeUpWorkingDays = exact.makeUpWorkingDays;
        years = exact.years;
        IsProvisional = true;
        Provisional = this;
    }

    public HolidayCalendarData Data { get; }

    /// <summary>
    /// The same calendar in provisional mode: a year the data does not cover counts Monday to Friday as working
    /// days, with no holidays and no make-up days, instead of throwing. A page that must show a batch whatever
    /// the year uses it and marks every date in such a year as provisional (<see cref="IsGuess"/>). The
    /// arithmetic only moves forward from its start, so a result touched an uncovered year exactly when it lies
    /// in one (or its start did).
    /// </summary>
    public WorkCalendar Provisional { get; }

    /// <summary>True for the twin that answers uncovered years with weekends only.</summary>
    public bool IsProvisional { get; }

    /// <summary>True when this calendar is provisional and <paramref name="date"/> lies in a year its data does not cover.</summary>
    public bool IsGuess(DateOnly date) => IsProvisional && !Covers(date.Year);

    /// <summary>The data's revision; store it with a computed deadline to know which data produced it.</summary>
    public int Revision => Data.Revision;

    public PeriodEndRule PeriodEnd => Data.PeriodEnd.Rule;

    /// <summary>The years the data covers, in order.</summary>
    public IReadOnlyCollection<int> Years => years;

    public bool Covers(int year) => years.Contains(year);

    public bool IsWorkingDay(DateOnly date)
    {
        EnsureCovered(date);
        if (makeUpWorkingDays.Contains(date))
        {
            return true;
        }

        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !daysOff.Contains(date);
    }

    /// <summary>A day off of an arrangement notice (放假), weekends inside the holiday included.</summary>
    public bool IsHoliday(DateOnly date)
    {
        EnsureCovered(date);
        return daysOff.Contains(date);
    }

    /// <summary>The first working day on or after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDayFrom(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    /// <summary>
    /// The <paramref name="days"/>-th working day after <paramref name="start"/>; the start day itself does not
    /// count (期间开始的日不计算在内), so 3 working days from a Friday before a normal weekend end on Wednesday.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = start;
        for (var counted = 0; counted < days;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return date;
    }

    /// <summary>The end of a natural-day period under this calendar's <see cref="PeriodEnd"/> rule.</summary>
    public DateOnly AddNaturalDays(DateOnly start, int days) => AddNaturalDays(start, days, PeriodEnd);

    /// <summary>
    /// <paramref name="start"/> plus <paramref name="days"/> calendar days (the start day does not count). Under
    /// <see cref="PeriodEndRule.ExtendToNextWorkingDay"/> a last day that is a holiday or weekend rest day moves to
    /// the first working day after it; a make-up Sunday is a working day and stays. Zero days is not a period
    /// ("immediately"), so it is <paramref name="start"/> itself.
    /// </summary>
    public DateOnly AddNaturalDays(DateOnly start, int days, PeriodEndRule rule)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var end = start.AddDays(days);
        return days == 0 || rule == PeriodEndRule.None ? end : NextWorkingDayFrom(end);
    }

    /// <summary>The end of a period of <paramref name="days"/> days of the given kind.</summary>
    public DateOnly Add(DateOnly start, int days, DayKind kind) =>
        kind == DayKind.Working ? AddWorkingDays(start, days) : AddNaturalDays(start, days);

    /// <summary>The statutory holiday list in force on <paramref name="date"/>, if the data has one.</summary>
    public StatutoryHolidayEdition? StatutoryHolidaysOn(DateOnly date) =>
        Data.StatutoryHolidays.Where(edition => edition.EffectiveFrom <= date).MaxBy(edition => edition.EffectiveFrom);

    private void EnsureCovered(DateOnly date)
    {
        if (!IsProvisional && !years.Contains(date.Year))
        {
            throw new CalendarYearNotCoveredException(date.Year, date, years.Min, years.Max);
        }
    }

    private static IEnumerable<DateOnly> Days(DateOnly from, DateOnly to)
    {
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            yield return date;
        }
    }
}

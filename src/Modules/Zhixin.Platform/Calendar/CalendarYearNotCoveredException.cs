namespace Zhixin.Platform.Calendar;

/// <summary>
/// Working-day arithmetic reached a year the holiday data does not cover. Guessing (weekends only) would put
/// a legal deadline on the wrong day around the Spring Festival or National Day, so the calendar refuses.
/// </summary>
public sealed class CalendarYearNotCoveredException : InvalidOperationException
{
    public CalendarYearNotCoveredException()
    {
    }

    public CalendarYearNotCoveredException(string message)
        : base(message)
    {
    }

    public CalendarYearNotCoveredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CalendarYearNotCoveredException(int year, DateOnly date, int firstYear, int lastYear)
        : base($"The working-day calendar has no data for {year} (asked about {date:yyyy-MM-dd}; it covers {firstYear}–{lastYear}). "
            + $"Add that year's notice (国务院办公厅关于{year}年部分节假日安排的通知) to prc-public-holidays.json and bump its revision.")
    {
        Year = year;
    }

    /// <summary>The year the calendar needs data for.</summary>
    public int Year { get; }
}

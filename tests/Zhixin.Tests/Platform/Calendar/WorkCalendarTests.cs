using Zhixin.Platform.Calendar;

namespace Zhixin.Tests.Platform.Calendar;

// Spot facts from each year's arrangement notice (国务院办公厅关于20XX年部分节假日安排的通知).
public sealed class WorkCalendarTests
{
    private static readonly WorkCalendar Days = HolidayCalendarJson.LoadEmbedded();

    [Theory]
    [InlineData("2020-01-19")]
    [InlineData("2020-10-10")]
    [InlineData("2021-02-07")]
    [InlineData("2021-09-18")]
    [InlineData("2022-01-29")]
    [InlineData("2022-01-30")]
    [InlineData("2022-10-09")]
    [InlineData("2023-01-28")]
    [InlineData("2023-10-08")]
    [InlineData("2024-02-04")]
    [InlineData("2024-02-18")]
    [InlineData("2024-04-07")]
    [InlineData("2025-01-26")]
    [InlineData("2025-02-08")]
    [InlineData("2025-04-27")]
    [InlineData("2025-09-28")]
    [InlineData("2025-10-11")]
    [InlineData("2026-01-04")]
    [InlineData("2026-02-14")]
    [InlineData("2026-02-28")]
    [InlineData("2026-05-09")]
    [InlineData("2026-09-20")]
    public void IsWorkingDay_WhenMakeUpWeekendDay_IsTrue(string date)
    {
        Assert.True(Days.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2020-01-01")]
    [InlineData("2020-10-08")]
    [InlineData("2021-09-21")]
    [InlineData("2022-01-03")]
    [InlineData("2022-04-04")]
    [InlineData("2023-01-02")]
    [InlineData("2023-04-05")]
    [InlineData("2024-02-12")]
    [InlineData("2024-06-10")]
    [InlineData("2025-01-28")]
    [InlineData("2025-05-05")]
    [InlineData("2025-10-08")]
    [InlineData("2026-02-23")]
    [InlineData("2026-10-07")]
    public void IsWorkingDay_WhenWeekdayOfHoliday_IsFalse(string date)
    {
        Assert.False(Days.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    // The 2020 notice made Saturday 1 February a working day; the extension notice (国办发明电〔2020〕1号) gave it off.
    [Fact]
    public void IsWorkingDay_WhenMakeUpDayCancelledByThe2020Extension_IsFalse()
    {
        Assert.False(Days.IsWorkingDay(new DateOnly(2020, 2, 1)));
    }

    // New Year's Eve became a holiday only in 2025 (国务院令第798号); in 2024 it was a working day.
    [Fact]
    public void IsWorkingDay_WhenNewYearsEve2024_IsTrue()
    {
        Assert.True(Days.IsWorkingDay(new DateOnly(2024, 2, 9)));
    }

    [Fact]
    public void IsWorkingDay_WhenOrdinarySaturday_IsFalse()
    {
        Assert.False(Days.IsWorkingDay(new DateOnly(2025, 3, 8)));
    }

    [Fact]
    public void IsWorkingDay_WhenOrdinaryWednesday_IsTrue()
    {
        Assert.True(Days.IsWorkingDay(new DateOnly(2025, 3, 12)));
    }

    // Thursday 8 Feb 2024 + 2: Friday 9 Feb (除夕, worked), then the holiday to 17 Feb, then make-up Sunday 18 Feb.
    [Fact]
    public void AddWorkingDays_WhenSpanningSpringFestival2024_CountsEveAndMakeUpSunday()
    {
        Assert.Equal(new DateOnly(2024, 2, 18), Days.AddWorkingDays(new DateOnly(2024, 2, 8), 2));
    }

    // Friday 24 Jan 2025 + 3: make-up Sunday 26 Jan, Monday 27 Jan, then the holiday 28 Jan–4 Feb, Wednesday 5 Feb.
    [Fact]
    public void AddWorkingDays_WhenSpanningSpringFestival2025_SkipsHoliday()
    {
        Assert.Equal(new DateOnly(2025, 2, 5), Days.AddWorkingDays(new DateOnly(2025, 1, 24), 3));
    }

    [Fact]
    public void AddWorkingDays_WhenZeroDays_IsStart()
    {
        Assert.Equal(new DateOnly(2025, 2, 1), Days.AddWorkingDays(new DateOnly(2025, 2, 1), 0));
    }

    [Fact]
    public void AddNaturalDays_WhenLastDayIsNationalDayHoliday_ExtendsToFirstWorkingDayAfter()
    {
        Assert.Equal(new DateOnly(2025, 10, 9), Days.AddNaturalDays(new DateOnly(2025, 9, 16), 15));
    }

    [Fact]
    public void AddNaturalDays_WhenLastDayIsSaturday_ExtendsToMonday()
    {
        Assert.Equal(new DateOnly(2025, 3, 24), Days.AddNaturalDays(new DateOnly(2025, 3, 7), 15));
    }

    [Fact]
    public void AddNaturalDays_WhenLastDayIsMakeUpSunday_EndsThatSunday()
    {
        Assert.Equal(new DateOnly(2025, 9, 28), Days.AddNaturalDays(new DateOnly(2025, 9, 13), 15));
    }

    [Fact]
    public void AddNaturalDays_WhenRuleIsNone_EndsOnTheHoliday()
    {
        Assert.Equal(new DateOnly(2025, 10, 1), Days.AddNaturalDays(new DateOnly(2025, 9, 16), 15, PeriodEndRule.None));
    }

    [Fact]
    public void AddNaturalDays_WhenZeroDaysOnSaturday_IsThatSaturday()
    {
        Assert.Equal(new DateOnly(2025, 3, 8), Days.AddNaturalDays(new DateOnly(2025, 3, 8), 0));
    }

    [Fact]
    public void IsWorkingDay_WhenYearNotCovered_ThrowsNamingTheYear()
    {
        var error = Assert.Throws<CalendarYearNotCoveredException>(() => Days.IsWorkingDay(new DateOnly(2027, 3, 1)));

        Assert.Equal(2027, error.Year);
        Assert.Contains("no data for 2027", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddNaturalDays_WhenPeriodEndsInUncoveredYear_Throws()
    {
        var error = Assert.Throws<CalendarYearNotCoveredException>(() => Days.AddNaturalDays(new DateOnly(2026, 12, 20), 15));

        Assert.Equal(2027, error.Year);
    }

    [Fact]
    public void AddWorkingDays_WhenCountingIntoYearBeforeData_Throws()
    {
        var error = Assert.Throws<CalendarYearNotCoveredException>(() => Days.AddWorkingDays(new DateOnly(2019, 12, 30), 1));

        Assert.Equal(2019, error.Year);
    }

    [Fact]
    public void LoadEmbedded_WhenShipped_CoversTwentyTwentyToTwentySix()
    {
        Assert.Equal(Enumerable.Range(2020, 7), Days.Years);
    }

    // Transcribed data: a person must check each year against the official notice before it is marked verified.
    [Fact]
    public void LoadEmbedded_WhenShipped_NoYearIsVerifiedYet()
    {
        Assert.All(Days.Data.Years, year => Assert.False(year.Verified));
    }

    [Fact]
    public void LoadEmbedded_WhenShipped_ExtendsPeriodsEndingOnRestDays()
    {
        Assert.Equal(PeriodEndRule.ExtendToNextWorkingDay, Days.PeriodEnd);
    }

    [Fact]
    public void StatutoryHolidaysOn_When2025_GivesSpringFestivalFourDays()
    {
        var edition = Days.StatutoryHolidaysOn(new DateOnly(2025, 1, 1));

        Assert.Equal(("国务院令第798号", 4, 13), (edition!.Edition, edition.Festivals.Single(f => f.Id == "springFestival").Days, edition.Festivals.Sum(f => f.Days)));
    }

    [Fact]
    public void StatutoryHolidaysOn_When2024_GivesElevenDays()
    {
        var edition = Days.StatutoryHolidaysOn(new DateOnly(2024, 12, 31));

        Assert.Equal(("国务院令第644号", 11), (edition!.Edition, edition.Festivals.Sum(f => f.Days)));
    }
}

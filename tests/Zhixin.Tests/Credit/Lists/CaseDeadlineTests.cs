using Zhixin.Credit.Lists;
using Zhixin.Platform.Calendar;

namespace Zhixin.Tests.Credit.Lists;

/// <summary>The working-day deadlines of objections and repairs count on the PRC calendar the spot-check module uses.</summary>
public sealed class CaseDeadlineTests
{
    private static readonly WorkCalendar Calendar = HolidayCalendarJson.LoadEmbedded();

    // Raised on Wednesday 30 September 2026: 1–7 October are days off, Saturday 10 October is a make-up working day.
    // Counting Monday to Friday only would have ended on 7 October, in the middle of the holiday.
    [Fact]
    public void AddWorkingDays_OverNationalDay_SkipsTheDaysOffAndCountsTheMakeUpSaturday()
    {
        Assert.Equal(new DateOnly(2026, 10, 13), ObjectionRepairRules.AddWorkingDays(Calendar, new DateOnly(2026, 9, 30), 5));
    }

    // A deadline running into a year the calendar data does not cover yet is still given, counting weekdays, rather than
    // refusing the firm's application.
    [Fact]
    public void AddWorkingDays_IntoAnUncoveredYear_CountsWeekdays()
    {
        Assert.Equal(new DateOnly(2027, 1, 5), ObjectionRepairRules.AddWorkingDays(Calendar, new DateOnly(2026, 12, 31), 3));
    }
}

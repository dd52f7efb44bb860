using Zhixin.Inspection.FollowUp;
using Zhixin.Platform.Calendar;
using Zhixin.Tests.Inspection.FollowUp;

namespace Zhixin.Tests.Platform.Calendar;

/// <summary>The provisional twin of the calendar: weekends only for a year without data, marked as a guess; exact elsewhere.</summary>
public sealed class ProvisionalCalendarTests
{
    private static readonly WorkCalendar Exact = Shipped.Days;
    private static readonly WorkCalendar Provisional = Shipped.Days.Provisional;

    [Fact]
    public void AddWorkingDays_WhenTheExactCalendarReachesAnUncoveredYear_Throws()
    {
        var exception = Assert.Throws<CalendarYearNotCoveredException>(() => Exact.AddWorkingDays(new DateOnly(2026, 12, 30), 3));

        Assert.Equal(2027, exception.Year);
    }

    // Thursday 31 December 2026: Friday 1 January 2027 counts (no holiday is known), then Monday 4 and Tuesday 5.
    [Fact]
    public void AddWorkingDays_WhenProvisionalReachesAnUncoveredYear_CountsWeekdaysOnly()
    {
        Assert.Equal(new DateOnly(2027, 1, 5), Provisional.AddWorkingDays(new DateOnly(2026, 12, 31), 3));
    }

    // 60 natural days from 7 November 2026 end on Wednesday 6 January 2027; a Saturday end moves to Monday.
    [Theory]
    [InlineData("2026-11-07", 60, "2027-01-06")]
    [InlineData("2026-11-10", 60, "2027-01-11")]
    public void AddNaturalDays_WhenProvisionalEndsInAnUncoveredYear_MovesOnlyPastWeekends(string start, int days, string end)
    {
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture),
            Provisional.AddNaturalDays(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), days));
    }

    [Fact]
    public void IsWorkingDay_WhenProvisionalAsksACoveredYear_AnswersFromTheData()
    {
        Assert.False(Provisional.IsWorkingDay(new DateOnly(2026, 10, 7)));
        Assert.True(Provisional.IsWorkingDay(new DateOnly(2026, 9, 20)));
    }

    [Fact]
    public void IsGuess_WhenProvisional_MarksOnlyUncoveredYears()
    {
        Assert.True(Provisional.IsGuess(new DateOnly(2027, 1, 19)));
        Assert.False(Provisional.IsGuess(new DateOnly(2026, 12, 31)));
        Assert.False(Exact.IsGuess(new DateOnly(2027, 1, 19)));
        Assert.True(Provisional.IsProvisional);
        Assert.Same(Provisional, Provisional.Provisional);
    }

    [Fact]
    public void Evaluate_WhenADeadlineReaches2027WithTheProvisionalCalendar_ComputesIt()
    {
        FollowUpStep[] steps =
        [
            new(FollowUpStepKind.ResultNoticeServed, new DateOnly(2026, 11, 16)),
            new(FollowUpStepKind.CorrectionOrdered, new DateOnly(2026, 11, 20)),
        ];

        var exact = () => FollowUpClock.Evaluate(new DateOnly(2026, 11, 10), steps, new DateOnly(2026, 11, 22), Shipped.Rules, Exact);
        var evaluation = FollowUpClock.Evaluate(new DateOnly(2026, 11, 10), steps, new DateOnly(2026, 11, 22), Shipped.Rules, Provisional);

        Assert.Throws<CalendarYearNotCoveredException>(exact);
        Assert.Equal(new DateOnly(2027, 1, 19), evaluation.Line(FollowUpRuleIds.Correction).To);
    }
}

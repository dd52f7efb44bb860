using Zhixin.Plans.Reporting;

namespace Zhixin.Tests.Plans.Reporting;

public sealed class ReportingScheduleTests
{
    // Tianjin's 2013 plan was issued on 23 May 2013 and asks for reports by 15 July 2013 and 15 January 2014.
    [Fact]
    public void DueDates_WhenHalfYearlyFor2013Plan_AreFifteenthOfJulyAndJanuary()
    {
        var periods = ReportingSchedule.HalfYearly().DueDates(new DateOnly(2013, 5, 23), new DateOnly(2013, 12, 31));

        Assert.Equal([new DateOnly(2013, 7, 15), new DateOnly(2014, 1, 15)], periods.Select(period => period.Due));
    }

    [Fact]
    public void DueDates_WhenHalfYearly_LabelsFirstHalfAndFullYear()
    {
        var periods = ReportingSchedule.HalfYearly().DueDates(new DateOnly(2013, 1, 1), new DateOnly(2013, 12, 31));

        Assert.Equal(["2013年上半年", "2013年全年"], periods.Select(period => period.ChineseLabel));
    }

    [Fact]
    public void DueDates_WhenHalfYearly_FirstHalfCoversJanuaryToJune()
    {
        var firstHalf = ReportingSchedule.HalfYearly().DueDates(new DateOnly(2013, 1, 1), new DateOnly(2013, 12, 31))[0];

        Assert.Equal(
            (2013, ReportingPeriodKind.FirstHalf, new DateOnly(2013, 1, 1), new DateOnly(2013, 6, 30)),
            (firstHalf.Year, firstHalf.Kind, firstHalf.Start, firstHalf.End));
    }

    [Fact]
    public void DueDates_WhenPlanSpansTwoYears_ListsFourReportsInDueOrder()
    {
        var periods = ReportingSchedule.HalfYearly().DueDates(new DateOnly(2013, 5, 23), new DateOnly(2014, 12, 31));

        Assert.Equal(
            [new DateOnly(2013, 7, 15), new DateOnly(2014, 1, 15), new DateOnly(2014, 7, 15), new DateOnly(2015, 1, 15)],
            periods.Select(period => period.Due));
    }

    [Fact]
    public void DueDates_WhenPlanStartsInSecondHalf_OwesNoFirstHalfReport()
    {
        var periods = ReportingSchedule.HalfYearly().DueDates(new DateOnly(2012, 7, 13), new DateOnly(2012, 12, 31));

        Assert.Equal(["2012年全年"], periods.Select(period => period.ChineseLabel));
    }

    [Fact]
    public void DueDates_WhenQuarterly_FallOnFifteenthOfMonthAfterQuarter()
    {
        var periods = ReportingSchedule.Quarterly().DueDates(new DateOnly(2013, 1, 1), new DateOnly(2013, 12, 31));

        Assert.Equal(
            [new DateOnly(2013, 4, 15), new DateOnly(2013, 7, 15), new DateOnly(2013, 10, 15), new DateOnly(2014, 1, 15)],
            periods.Select(period => period.Due));
    }

    [Fact]
    public void DueDates_WhenQuarterly_LabelsQuarters()
    {
        var periods = ReportingSchedule.Quarterly().DueDates(new DateOnly(2013, 1, 1), new DateOnly(2013, 6, 30));

        Assert.Equal(["2013年第1季度", "2013年第2季度"], periods.Select(period => period.ChineseLabel));
    }

    [Fact]
    public void DueDates_WhenYearly_FallOnFifteenthJanuaryNextYear()
    {
        var period = Assert.Single(ReportingSchedule.Yearly().DueDates(new DateOnly(2014, 7, 18), new DateOnly(2014, 12, 31)));

        Assert.Equal(new DateOnly(2015, 1, 15), period.Due);
    }

    [Theory]
    [InlineData(2016, 29)]
    [InlineData(2013, 28)]
    [InlineData(2000, 29)]
    [InlineData(1900, 28)]
    public void DueDates_WhenCustomDeadlineOn29February_FallsOnLastDayOfFebruary(int year, int day)
    {
        var schedule = ReportingSchedule.Custom([new MonthDay(2, 29)]);

        var period = Assert.Single(schedule.DueDates(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)));

        Assert.Equal(new DateOnly(year, 2, day), period.Due);
    }

    [Fact]
    public void DueDates_WhenQuarterEndsInLeapFebruary_CoversTheTwentyNinth()
    {
        var schedule = ReportingSchedule.Custom([new MonthDay(3, 10)]);

        var period = Assert.Single(schedule.DueDates(new DateOnly(2016, 1, 1), new DateOnly(2016, 12, 31)));

        Assert.Equal(new DateOnly(2016, 2, 29), period.End);
    }

    [Fact]
    public void DueDates_WhenCustomJanuaryDeadline_CoversPreviousYear()
    {
        var schedule = ReportingSchedule.Custom([new MonthDay(7, 10), new MonthDay(1, 20)]);

        var periods = schedule.DueDates(new DateOnly(2013, 1, 1), new DateOnly(2013, 12, 31));

        Assert.Equal(
            [(new DateOnly(2013, 7, 10), new DateOnly(2013, 6, 30)), (new DateOnly(2014, 1, 20), new DateOnly(2013, 12, 31))],
            periods.Select(period => (period.Due, period.End)));
    }

    [Fact]
    public void DueDates_WhenPlanEndsBeforeItStarts_Throws()
    {
        Assert.Throws<ArgumentException>(() => ReportingSchedule.HalfYearly().DueDates(new DateOnly(2013, 12, 31), new DateOnly(2013, 1, 1)));
    }

    [Fact]
    public void FromJson_WhenWrittenByToJson_GivesSameDueDates()
    {
        var schedule = ReportingSchedule.Custom([new MonthDay(4, 30), new MonthDay(10, 31)]);

        var read = ReportingSchedule.FromJson(schedule.ToJson());

        Assert.Equal(
            schedule.DueDates(new DateOnly(2013, 1, 1), new DateOnly(2014, 12, 31)),
            read.DueDates(new DateOnly(2013, 1, 1), new DateOnly(2014, 12, 31)));
    }

    [Fact]
    public void ToJson_WhenHalfYearly_UsesCamelCaseNames()
    {
        var json = ReportingSchedule.HalfYearly().ToJson();

        Assert.Contains("\"kind\":\"firstHalf\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_WhenMonthOutOfRange_Throws()
    {
        const string Json = """{"rules":[{"kind":"custom","sequence":1,"firstMonth":1,"lastMonth":13,"dueMonth":1,"dueDay":15,"dueYearOffset":1}]}""";

        Assert.ThrowsAny<System.Text.Json.JsonException>(() => ReportingSchedule.FromJson(Json));
    }
}

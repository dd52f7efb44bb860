using Zhixin.Plans.Reporting;

namespace Zhixin.Tests.Plans.Reporting;

public sealed class ReportTimelinessTests
{
    private static readonly DateOnly Due = new(2013, 7, 15);
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Fact]
    public void Classify_WhenSubmittedOnDueDate_IsOnTime()
    {
        var status = ReportTimeliness.Classify(Due, new DateTimeOffset(2013, 7, 15, 23, 0, 0, Beijing), new DateOnly(2013, 8, 1), 0);

        Assert.Equal(ReportStatus.OnTime, status);
    }

    [Fact]
    public void Classify_WhenSubmittedDayAfterDueDate_IsLate()
    {
        var status = ReportTimeliness.Classify(Due, new DateTimeOffset(2013, 7, 16, 9, 0, 0, Beijing), new DateOnly(2013, 8, 1), 0);

        Assert.Equal(ReportStatus.Late, status);
    }

    [Fact]
    public void Classify_WhenSubmittedWithinGrace_IsOnTime()
    {
        var status = ReportTimeliness.Classify(Due, new DateTimeOffset(2013, 7, 18, 9, 0, 0, Beijing), new DateOnly(2013, 8, 1), 3);

        Assert.Equal(ReportStatus.OnTime, status);
    }

    // 17:00 UTC on 15 July is 01:00 on 16 July in Beijing, where the deadline is kept.
    [Fact]
    public void Classify_WhenStoredInUtcAfterBeijingMidnight_IsLate()
    {
        var status = ReportTimeliness.Classify(Due, new DateTimeOffset(2013, 7, 15, 17, 0, 0, TimeSpan.Zero), new DateOnly(2013, 8, 1), 0);

        Assert.Equal(ReportStatus.Late, status);
    }

    [Fact]
    public void Classify_WhenNotSubmittedAndPastDue_IsOverdue()
    {
        Assert.Equal(ReportStatus.Overdue, ReportTimeliness.Classify(Due, null, new DateOnly(2013, 7, 16), 0));
    }

    [Fact]
    public void Classify_WhenNotSubmittedOnDueDate_IsNotDueYet()
    {
        Assert.Equal(ReportStatus.NotDueYet, ReportTimeliness.Classify(Due, null, Due, 0));
    }

    [Fact]
    public void Classify_WhenNotSubmittedWithinGrace_IsNotDueYet()
    {
        Assert.Equal(ReportStatus.NotDueYet, ReportTimeliness.Classify(Due, null, new DateOnly(2013, 7, 17), 2));
    }

    [Fact]
    public void Classify_WhenGraceNegative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportTimeliness.Classify(Due, null, Due, -1));
    }
}

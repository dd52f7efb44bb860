using Zhixin.Inspection.FollowUp;

namespace Zhixin.Tests.Inspection.FollowUp;

// Served Wednesday 5 March 2025: day 15 is Thursday 20 March, day 16 Friday 21 March (both working days).
public sealed class ObjectionWithinWindowTests
{
    private static readonly DateOnly Served = new(2025, 3, 5);

    [Fact]
    public void Check_WhenFiledOnDay15_IsAllowed()
    {
        var check = ObjectionWithinWindow.Check(Served, new DateOnly(2025, 3, 20), null, Shipped.Rules, Shipped.Days);

        Assert.Equal((true, false, 0), (check.Allowed, check.Broken, check.DaysLate));
    }

    [Fact]
    public void Check_WhenFiledOnDay16_IsRefusedNamingDeadlineAndOneDayLate()
    {
        var check = ObjectionWithinWindow.Check(Served, new DateOnly(2025, 3, 21), null, Shipped.Rules, Shipped.Days);

        Assert.Equal(
            (nameof(ObjectionWithinWindow), FollowUpRuleIds.ObjectionWindow, new DateOnly(2025, 3, 20), 1, false),
            (check.Rule, check.Deadline.Id, check.Closes, check.DaysLate, check.Allowed));
    }

    [Fact]
    public void Check_WhenFiledOnDay16WithReason_IsAllowedAsOverride()
    {
        var check = ObjectionWithinWindow.Check(Served, new DateOnly(2025, 3, 21), "通知书邮寄地址有误，企业实际收到晚于签收日", Shipped.Rules, Shipped.Days);

        Assert.Equal((true, true, 1), (check.Allowed, check.Overridden, check.DaysLate));
    }

    [Fact]
    public void Check_WhenOverrideReasonIsBlank_IsRefused()
    {
        var check = ObjectionWithinWindow.Check(Served, new DateOnly(2025, 3, 21), "  ", Shipped.Rules, Shipped.Days);

        Assert.False(check.Allowed);
    }

    // Served Tuesday 16 September 2025: day 15 is 1 October, so the window stays open until Thursday 9 October.
    [Fact]
    public void Check_WhenWindowEndsInNationalDayHoliday_AllowsFirstWorkingDayAfter()
    {
        var check = ObjectionWithinWindow.Check(new DateOnly(2025, 9, 16), new DateOnly(2025, 10, 9), null, Shipped.Rules, Shipped.Days);

        Assert.True(check.Allowed);
    }

    [Fact]
    public void Check_WhenNoticeNotServed_AwaitsService()
    {
        var check = ObjectionWithinWindow.Check([], new DateOnly(2025, 3, 21), null, Shipped.Rules, Shipped.Days);

        Assert.Equal((FollowUpStepKind.ResultNoticeServed, false), (check.AwaitedStep, check.Allowed));
    }

    [Fact]
    public void Check_WhenGivenRecordedSteps_CountsFromService()
    {
        var check = ObjectionWithinWindow.Check(
            [new FollowUpStep(FollowUpStepKind.ResultNoticeServed, Served)], new DateOnly(2025, 3, 21), null, Shipped.Rules, Shipped.Days);

        Assert.Equal(1, check.DaysLate);
    }
}

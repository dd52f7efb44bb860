using Zhixin.Inspection.FollowUp;

namespace Zhixin.Tests.Inspection.FollowUp;

// Notice Wednesday 12 February 2025: day 60 is 13 April; day 90 is Tuesday 13 May, a working day, so it is not extended.
public sealed class SecondReinspectionWithinWindowTests
{
    private static readonly DateOnly Notice = new(2025, 2, 12);

    [Fact]
    public void Check_WhenOnDay59_IsTooEarly()
    {
        var check = Check(new DateOnly(2025, 4, 12));

        Assert.Equal((1, false, new DateOnly(2025, 4, 13)), (check.DaysEarly, check.Allowed, check.Opens));
    }

    [Fact]
    public void Check_WhenOnDay60_IsAllowed()
    {
        Assert.True(Check(new DateOnly(2025, 4, 13)).Allowed);
    }

    [Fact]
    public void Check_WhenOnDay90_IsAllowed()
    {
        Assert.True(Check(new DateOnly(2025, 5, 13)).Allowed);
    }

    [Fact]
    public void Check_WhenOnDay91_IsLate()
    {
        var check = Check(new DateOnly(2025, 5, 14));

        Assert.Equal((1, false, new DateOnly(2025, 5, 13)), (check.DaysLate, check.Allowed, check.Closes));
    }

    [Fact]
    public void Check_WhenLateWithReason_IsAllowedAsOverride()
    {
        var check = SecondReinspectionWithinWindow.Check(Notice, new DateOnly(2025, 5, 14), "企业停产，无法抽样", Shipped.Rules, Shipped.Days);

        Assert.Equal((true, true), (check.Allowed, check.Overridden));
    }

    [Fact]
    public void Check_WhenNoProvincialNoticeRecorded_AwaitsTheNotice()
    {
        var check = SecondReinspectionWithinWindow.Check([], new DateOnly(2025, 5, 1), null, Shipped.Rules, Shipped.Days);

        Assert.Equal(FollowUpStepKind.ProvincialNoticePublished, check.AwaitedStep);
    }

    private static RuleCheck Check(DateOnly on) => SecondReinspectionWithinWindow.Check(Notice, on, null, Shipped.Rules, Shipped.Days);
}

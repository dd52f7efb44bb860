using Zhixin.Inspection.FollowUp;
using static Zhixin.Inspection.FollowUp.FollowUpStepKind;

namespace Zhixin.Tests.Inspection.FollowUp;

// Served Wednesday 5 March 2025: the objection window closes on 20 March, so publication may start on 21 March.
public sealed class PublicationAfterObjectionWindowTests
{
    private static readonly FollowUpStep Served = new(ResultNoticeServed, new DateOnly(2025, 3, 5));

    [Fact]
    public void Check_WhenOnLastDayOfObjectionWindow_IsRefused()
    {
        var check = Check([Served], new DateOnly(2025, 3, 20));

        Assert.Equal((nameof(PublicationAfterObjectionWindow), 1, new DateOnly(2025, 3, 21), false), (check.Rule, check.DaysEarly, check.Opens, check.Allowed));
    }

    [Fact]
    public void Check_WhenDayAfterObjectionWindow_IsAllowed()
    {
        Assert.True(Check([Served], new DateOnly(2025, 3, 21)).Allowed);
    }

    [Fact]
    public void Check_WhenObjectionNotYetDecided_AwaitsTheDecision()
    {
        var check = Check([Served, new(ObjectionFiled, new DateOnly(2025, 3, 10))], new DateOnly(2025, 3, 25));

        Assert.Equal((ObjectionDecided, false), (check.AwaitedStep, check.Allowed));
    }

    [Fact]
    public void Check_WhenObjectionRefused_OpensWithTheWindow()
    {
        var check = Check([Served, new(ObjectionFiled, new DateOnly(2025, 3, 10)), new(ObjectionDecided, new DateOnly(2025, 3, 12), Passed: false)], new DateOnly(2025, 3, 21));

        Assert.True(check.Allowed);
    }

    [Fact]
    public void Check_WhenAcceptedObjectionRetested_OpensOnRetestDay()
    {
        var check = Check(
            [
                Served,
                new(ObjectionFiled, new DateOnly(2025, 3, 10)),
                new(ObjectionDecided, new DateOnly(2025, 3, 12), Passed: true),
                new(RetestCompleted, new DateOnly(2025, 4, 8), Passed: false),
            ],
            new DateOnly(2025, 4, 7));

        Assert.Equal((new DateOnly(2025, 4, 8), false), (check.Opens, check.Allowed));
    }

    [Fact]
    public void Check_WhenEarlyWithReason_IsAllowedAsOverride()
    {
        var check = PublicationAfterObjectionWindow.Check([Served], new DateOnly(2025, 3, 18), "企业书面放弃异议", Shipped.Rules, Shipped.Days);

        Assert.Equal((true, true), (check.Allowed, check.Overridden));
    }

    private static RuleCheck Check(IReadOnlyList<FollowUpStep> steps, DateOnly on) =>
        PublicationAfterObjectionWindow.Check(steps, on, null, Shipped.Rules, Shipped.Days);
}

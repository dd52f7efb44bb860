using System.Globalization;
using Zhixin.Inspection;
using Zhixin.Inspection.FollowUp;
using Zhixin.Platform.Calendar;

namespace Zhixin.Tests.Inspection.FollowUp;

public sealed class FollowUpTextTests
{
    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public void Step_WhenAnyKind_HasText(string culture)
    {
        using var _ = new UiCulture(culture);

        Assert.All(Enum.GetValues<FollowUpStepKind>(), kind => Assert.DoesNotContain("FollowUp.", FollowUpText.Step(kind), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public void Status_WhenAnyStatus_HasText(string culture)
    {
        using var _ = new UiCulture(culture);

        Assert.All(Enum.GetValues<DeadlineStatus>(), status => Assert.DoesNotContain("FollowUp.", FollowUpText.Status(status), StringComparison.Ordinal));
    }

    [Fact]
    public void RuleName_WhenEnglish_IsTranslated()
    {
        using var _ = new UiCulture("en");

        Assert.Equal("Objection (re-test) window", FollowUpText.RuleName(Shipped.Rules[FollowUpRuleIds.ObjectionWindow]));
    }

    [Fact]
    public void Describe_WhenObjectionLate_NamesDeadlineDateAndDaysLate()
    {
        using var _ = new UiCulture("zh-CN");
        var check = ObjectionWithinWindow.Check(new DateOnly(2025, 3, 5), new DateOnly(2025, 3, 22), null, Shipped.Rules, Shipped.Days);

        Assert.Equal("已超过异议/复检申请期限（截止2025-03-20）2日。 未说明理由的，不予办理。", FollowUpText.Describe(check));
    }

    [Fact]
    public void Describe_WhenCorrectionOrderedBeforeService_NamesBothSteps()
    {
        using var _ = new UiCulture("zh-CN");
        var problem = new StepOrderProblem(
            StepOrderProblemKind.BeforePrerequisite, FollowUpStepKind.CorrectionOrdered, new DateOnly(2025, 3, 4), FollowUpStepKind.ResultNoticeServed, new DateOnly(2025, 3, 5));

        Assert.Equal("“责令整改”（2025-03-04）早于其前置步骤“检验结果通知送达”（2025-03-05）。", FollowUpText.Describe(problem));
    }

    [Fact]
    public void YearNotCovered_WhenChinese_AsksForThatYearsNotice()
    {
        using var _ = new UiCulture("zh-CN");
        var error = Assert.Throws<CalendarYearNotCoveredException>(() => Shipped.Days.IsWorkingDay(new DateOnly(2027, 1, 4)));

        Assert.Contains("《国务院办公厅关于2027年部分节假日安排的通知》", FollowUpText.YearNotCovered(error), StringComparison.Ordinal);
    }

    /// <summary>Sets the UI culture for one test and restores it.</summary>
    private sealed class UiCulture : IDisposable
    {
        private readonly CultureInfo previous = CultureInfo.CurrentUICulture;

        public UiCulture(string name) => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);

        public void Dispose() => CultureInfo.CurrentUICulture = previous;
    }
}

using Zhixin.Inspection.FollowUp;
using Zhixin.Platform.Calendar;

namespace Zhixin.Tests.Inspection.FollowUp;

/// <summary>The rules and calendar shipped with the module, read once for the follow-up tests (both are immutable).</summary>
internal static class Shipped
{
    public static readonly FollowUpRuleSet Rules = FollowUpRulesJson.LoadEmbedded();

    public static readonly WorkCalendar Days = HolidayCalendarJson.LoadEmbedded();
}

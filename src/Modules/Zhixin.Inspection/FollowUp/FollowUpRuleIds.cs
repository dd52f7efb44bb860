namespace Zhixin.Inspection.FollowUp;

/// <summary>The rule ids the clock relies on; the rules data must define each of them.</summary>
internal static class FollowUpRuleIds
{
    public const string ServiceByAnnouncement = "service-by-announcement";
    public const string ObjectionWindow = "objection-window";
    public const string ObjectionDecision = "objection-decision";
    public const string StopSale = "stop-sale";
    public const string Correction = "correction";
    public const string FirstReinspection = "first-reinspection";
    public const string SecondReinspection = "second-reinspection";
    public const string Publication = "publication";

    public static readonly IReadOnlyList<string> All =
    [
        ServiceByAnnouncement, ObjectionWindow, ObjectionDecision, StopSale, Correction, FirstReinspection,
        SecondReinspection, Publication,
    ];
}

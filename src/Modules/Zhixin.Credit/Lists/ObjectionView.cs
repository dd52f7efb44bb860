using System.Text.Json;
using Zhixin.Credit.Domain;
using Zhixin.Platform.Pages.Support;

namespace Zhixin.Credit.Lists;

/// <summary>One step of an objection's or a repair application's history: what happened, on which day, who did it and when.</summary>
internal sealed record CaseStepView(string Step, string StepName, DateOnly On, DateTimeOffset At, string By, string? Note);

/// <summary>What the queues and case pages show of any case, an objection or a repair application alike.</summary>
internal interface ICaseView
{
    Guid Id { get; }

    string CreditCode { get; }

    string EnterpriseName { get; }

    string RegionCode { get; }

    string Target { get; }

    Guid? ListingId { get; }

    Guid? RecordId { get; }

    int RulesVersion { get; }

    /// <summary>The day the case was raised or applied for.</summary>
    DateOnly FiledOn { get; }

    /// <summary>The last day for the decision.</summary>
    DateOnly DueOn { get; }

    bool Overdue { get; }

    string Status { get; }

    string StatusName { get; }

    string? DecisionReasons { get; }

    DateOnly? DecidedOn { get; }

    IReadOnlyList<CaseStepView> History { get; }
}

/// <summary>An objection (异议) as the API and pages show it, with its deadline and every step.</summary>
internal sealed record ObjectionView(
    Guid Id,
    string CreditCode,
    string EnterpriseName,
    string RegionCode,
    string Target,
    Guid? ListingId,
    Guid? RecordId,
    bool AgainstNotice,
    string Grounds,
    int RulesVersion,
    DateOnly RaisedOn,
    bool RaisedByFirm,
    DateOnly ReviewDueOn,
    bool Overdue,
    string Status,
    string StatusName,
    string? DecisionReasons,
    DateOnly? DecidedOn,
    IReadOnlyList<CaseStepView> History) : ICaseView
{
    // Explicit, so the wire keeps the names raisedOn and reviewDueOn only.
    DateOnly ICaseView.FiledOn => RaisedOn;

    DateOnly ICaseView.DueOn => ReviewDueOn;

    public static ObjectionView Of(CreditObjection objection, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(objection);
        var steps = new List<CaseStepView>
        {
            new("raised", CreditText.Get("Objection.Step.Raised"), objection.RaisedOn, objection.RaisedAt, objection.RaisedBy, objection.Grounds),
        };
        if (objection.DecidedOn is { } decidedOn)
        {
            steps.Add(new(CaseLabels.Code(objection.Status), CaseLabels.Name(objection.Status), decidedOn, objection.DecidedAt!.Value, objection.DecidedBy!, objection.DecisionReasons));
        }

        return new ObjectionView(
            objection.Id, objection.EnterpriseCreditCode, objection.EnterpriseName, objection.RegionCode,
            CaseLabels.Code(objection.Target), objection.ListingId, objection.RecordId, objection.AgainstNotice, objection.Grounds,
            objection.RulesVersion, objection.RaisedOn, objection.RaisedByFirm, objection.ReviewDueOn,
            objection.Status == ObjectionStatus.Open && today > objection.ReviewDueOn,
            CaseLabels.Code(objection.Status), CaseLabels.Name(objection.Status), objection.DecisionReasons, objection.DecidedOn, steps);
    }
}

/// <summary>
/// A credit repair application (信用修复申请) as the API and pages show it, with its deadline and every step; read
/// alone while pending, with its conditions checked today (<see cref="Checks"/>, null in lists and once decided).
/// </summary>
internal sealed record RepairView(
    Guid Id,
    string CreditCode,
    string EnterpriseName,
    string RegionCode,
    string Target,
    Guid? ListingId,
    Guid? RecordId,
    bool PenaltyFulfilled,
    bool RestrictionsEnded,
    bool HarmRemedied,
    string Commitment,
    string? Statement,
    int RulesVersion,
    DateOnly AppliedOn,
    DateOnly DecisionDueOn,
    bool Overdue,
    string Status,
    string StatusName,
    string? DecisionReasons,
    DateOnly? DecidedOn,
    IReadOnlyList<CaseStepView> History,
    IReadOnlyList<RepairCheck>? Checks = null) : ICaseView
{
    // Explicit, so the wire keeps the names appliedOn and decisionDueOn only.
    DateOnly ICaseView.FiledOn => AppliedOn;

    DateOnly ICaseView.DueOn => DecisionDueOn;

    public static RepairView Of(CreditRepair repair, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(repair);
        var steps = new List<CaseStepView>
        {
            new("applied", CreditText.Get("Repair.Step.Applied"), repair.AppliedOn, repair.AppliedAt, repair.AppliedBy, repair.Statement),
        };
        if (repair.DecidedOn is { } decidedOn)
        {
            steps.Add(new(CaseLabels.Code(repair.Status), CaseLabels.Name(repair.Status), decidedOn, repair.DecidedAt!.Value, repair.DecidedBy!, repair.DecisionReasons));
        }

        return new RepairView(
            repair.Id, repair.EnterpriseCreditCode, repair.EnterpriseName, repair.RegionCode,
            CaseLabels.Code(repair.Target), repair.ListingId, repair.RecordId, repair.PenaltyFulfilled, repair.RestrictionsEnded, repair.HarmRemedied,
            repair.Commitment, repair.Statement, repair.RulesVersion, repair.AppliedOn, repair.DecisionDueOn,
            repair.Status == RepairStatus.Pending && today > repair.DecisionDueOn,
            CaseLabels.Code(repair.Status), CaseLabels.Name(repair.Status), repair.DecisionReasons, repair.DecidedOn, steps);
    }
}

/// <summary>Targets and statuses of objections and repairs on the wire (camelCase) and in the user's language.</summary>
internal static class CaseLabels
{
    public static string Code<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static string Name<T>(T value) where T : struct, Enum => CreditText.Get(typeof(T).Name + "." + value);

    public static T? Parse<T>(string? text) where T : struct, Enum =>
        Enum.TryParse<T>(text?.Trim(), ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _) ? value : null;
}

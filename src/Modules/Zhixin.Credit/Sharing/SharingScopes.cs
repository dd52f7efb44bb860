namespace Zhixin.Credit.Sharing;

/// <summary>The kinds of data a grant can open to another department.</summary>
internal static class SharingScopes
{
    /// <summary>Grade, score and breakdown (信用等级).</summary>
    public const string Grade = "credit:grade";

    /// <summary>The records of the credit file with their sources.</summary>
    public const string Records = "credit:records";

    /// <summary>Red and black listings (from the notice on; a proposal is the regulator's working paper).</summary>
    public const string Lists = "credit:lists";

    /// <summary>The joint reward and punishment check (联合奖惩).</summary>
    public const string JointCheck = "credit:joint-check";

    /// <summary>The internal credit-risk class: never granted (不评价、不惩戒、不公开、不免抽).</summary>
    public const string RiskClass = "credit:risk-class";

    public static IReadOnlyList<string> Grantable { get; } = [Grade, Records, Lists, JointCheck];
}

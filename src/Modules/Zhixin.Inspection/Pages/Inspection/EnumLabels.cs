using Zhixin.Inspection.Domain;

namespace Zhixin.Inspection.Pages.Inspection;

/// <summary>The module's enumerations as officials read them (生产环节, 小型, 不合格 …), from the resources.</summary>
internal static class EnumLabels
{
    public static string Channel(SamplingChannel channel) => InspectionText.Get($"Enum.Channel.{channel}");

    public static string FirmSize(FirmSize size) => InspectionText.Get($"Enum.FirmSize.{size}");

    public static string Verdict(Verdict verdict) => InspectionText.Get($"Enum.Verdict.{verdict}");

    public static string RiskLevel(RiskLevel level) => InspectionText.Get($"Enum.RiskLevel.{level}");

    /// <summary>A batch without a verdict is still at the lab (待检).</summary>
    public static string Verdict(Verdict? verdict) => verdict is { } v ? Verdict(v) : InspectionText.Get("Enum.Verdict.Pending");

    public static string VerdictBadge(Verdict? verdict) => verdict switch
    {
        Domain.Verdict.Pass => "badge ok",
        Domain.Verdict.Fail => "badge bad",
        _ => "badge warn",
    };
}

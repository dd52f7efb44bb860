using Zhixin.Credit.Domain;
using Zhixin.Credit.Features;
using Zhixin.Platform.Regions;

namespace Zhixin.Credit.Pages.Credit;

/// <summary>What the credit pages print beyond the handlers' views: names for wire codes, and the badge of a grade.</summary>
internal static class CreditPageLabels
{
    /// <summary>A and B read as kept faith, C as a warning, D as serious.</summary>
    public static string GradeBadge(string? grade) => grade switch
    {
        "A" or "B" => "badge ok",
        "C" => "badge warn",
        "D" => "badge bad",
        _ => "badge",
    };

    public static string RiskBadge(string? riskClass) => riskClass switch
    {
        "C" => "badge warn",
        "D" => "badge bad",
        _ => "badge",
    };

    public static string Grade(string grade) =>
        Enum.TryParse<CreditGrade>(grade, out var parsed) ? CreditLabels.Grade(parsed) : grade;

    public static string RiskClass(string riskClass) =>
        Enum.TryParse<Domain.RiskClass>(riskClass, out var parsed) ? CreditLabels.RiskClass(parsed) : riskClass;

    /// <summary>A record's severity from its wire code (serious → 严重); a dash for positive records.</summary>
    public static string Severity(string? code) =>
        CreditLabels.ParseSeverity(code) is { } severity ? CreditLabels.Severity(severity) : CreditLabels.Severity(RecordSeverity.None);

    public static string Source(string source) => Known("Page.Source." + source, source);

    public static string Trigger(string trigger) => Known("Page.Trigger." + trigger, trigger);

    /// <summary>A source's address as a link only when it is a page of the platform or a web address, never a script.</summary>
    public static string? Link(string? address) =>
        address is not null && ((address.StartsWith('/') && !address.StartsWith("//", StringComparison.Ordinal))
            || address.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || address.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            ? address
            : null;

    public static string Region(string code) => RegionTable.Default.Find(code)?.FullName ?? code;

    private static string Known(string key, string fallback)
    {
        var text = CreditText.Get(key);
        return text == key ? fallback : text;
    }
}

using System.Globalization;
using System.Text.Json;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Scoring;

namespace Zhixin.Credit.Features;

/// <summary>Names of kinds, severities, grades and classes in the user's language, and their codes on the wire (camelCase, as in the rule sets).</summary>
internal static class CreditLabels
{
    public static string Kind(CreditRecordKind kind) => CreditText.Get("Kind." + kind);

    public static string KindCode(CreditRecordKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    public static string SeverityCode(RecordSeverity severity) => JsonNamingPolicy.CamelCase.ConvertName(severity.ToString());

    public static string Severity(RecordSeverity severity) => CreditText.Get("Severity." + severity);

    public static string Grade(CreditGrade grade) => CreditText.Get("Grade." + grade);

    public static string RiskClass(RiskClass riskClass) => CreditText.Get("RiskClass." + riskClass);

    public static string Line(ScoreLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var points = line.Points.ToString("+0.##;−0.##;0", CultureInfo.InvariantCulture);
        return CreditText.Format(line.Capped ? "Line.Capped" : "Line.Text",
            points, line.OccurredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Kind(line.Kind), line.RuleCode, line.RuleSetVersion,
            line.LastCountingDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    /// <summary>A kind from its wire code (spotCheckFailed) or name, case-insensitive; null when unknown.</summary>
    public static CreditRecordKind? ParseKind(string? text) =>
        Enum.TryParse<CreditRecordKind>(text?.Trim(), ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(text, out _) ? kind : null;

    public static RecordSeverity? ParseSeverity(string? text) =>
        Enum.TryParse<RecordSeverity>(text?.Trim(), ignoreCase: true, out var severity) && Enum.IsDefined(severity) && !int.TryParse(text, out _) ? severity : null;
}

using System.Text.RegularExpressions;
using Zhixin.Credit.Domain;
using Zhixin.Platform.Data;

namespace Zhixin.Credit.Sharing;

/// <summary>
/// A measure of joint reward or punishment (联合奖惩) a department asks about, with the conditions that refuse or allow it,
/// whether they were checked against the rule text, and where they come from.
/// </summary>
internal sealed record JointMeasure(
    string Code,
    string Name,
    bool Incentive,
    bool RefusedWhenBlackListed,
    CreditGrade? RefusedFromGrade,
    int? PenaltyMonths,
    IReadOnlyList<RecordSeverity> PenaltySeverities,
    bool RequiresRedListOrGradeA,
    bool Verified,
    string Source);

/// <summary>
/// A version of the joint measures: reference data with their sources (ReferenceData/joint-measures-v1.json), so a regulator
/// corrects a condition by shipping a new version rather than by changing code.
/// </summary>
internal sealed partial record JointMeasures(int Version, IReadOnlyList<JointMeasure> Measures)
{
    public const string EmbeddedResource = "Zhixin.Credit.joint-measures-v1.json";

    private static readonly Lazy<JointMeasures> Shipped = new(() =>
        Read(ReferenceDataJson.Embedded(typeof(JointMeasures).Assembly, EmbeddedResource)));

    /// <summary>The measures shipped with the module.</summary>
    public static JointMeasures Current => Shipped.Value;

    public JointMeasure? Find(string? code) => Measures.FirstOrDefault(m => m.Code == code);

    public static JointMeasures Read(string json) => ReferenceDataJson.Read<JointMeasures>(json, Problems);

    /// <summary>Every problem of a version, each naming the measure and the field.</summary>
    public static IReadOnlyList<string> Problems(JointMeasures measures)
    {
        ArgumentNullException.ThrowIfNull(measures);
        var problems = new List<string>();
        if (measures.Version < 1)
        {
            problems.Add("version: must be 1 or more.");
        }

        if (measures.Measures.Count == 0)
        {
            problems.Add("measures: at least one measure must be given.");
        }

        foreach (var (measure, i) in measures.Measures.Select((m, i) => (m, i)))
        {
            var at = $"measures[{i}] ({measure.Code})";
            if (!CodePattern().IsMatch(measure.Code))
            {
                problems.Add($"{at}: code must be lowercase letters and hyphens, as departments send it in ?measure=.");
            }
            else if (measures.Measures.Take(i).Any(m => m.Code == measure.Code))
            {
                problems.Add($"{at}: code is given twice.");
            }

            if (string.IsNullOrWhiteSpace(measure.Name))
            {
                problems.Add($"{at}: name must be given.");
            }

            if (measure.PenaltyMonths is { } months && months is < 1 or > 120)
            {
                problems.Add($"{at}: penaltyMonths must be 1–120, or null when penalties do not refuse the measure.");
            }

            if ((measure.PenaltyMonths is null) != (measure.PenaltySeverities.Count == 0))
            {
                problems.Add($"{at}: penaltySeverities must name the severities exactly when penaltyMonths is given.");
            }

            if (measure.PenaltySeverities.Contains(RecordSeverity.None))
            {
                problems.Add($"{at}: penaltySeverities may name light, general and serious only.");
            }

            if (string.IsNullOrWhiteSpace(measure.Source))
            {
                problems.Add($"{at}: source must be named.");
            }
        }

        return problems;
    }

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex CodePattern();
}

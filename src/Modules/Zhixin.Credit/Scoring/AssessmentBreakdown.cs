using System.Text.Json;
using Zhixin.Platform.Data;

namespace Zhixin.Credit.Scoring;

/// <summary>What a stored assessment keeps of its score besides the figures: every line, the risk reasons and the records no rule scored.</summary>
internal sealed record AssessmentBreakdown(IReadOnlyList<ScoreLine> Lines, IReadOnlyList<RiskReason> RiskReasons, IReadOnlyList<Guid> NotScored)
{
    public static AssessmentBreakdown Of(CreditScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        return new AssessmentBreakdown(score.Lines, score.RiskReasons, score.NotScored);
    }

    public string ToJson() => JsonSerializer.Serialize(this, ReferenceDataJson.Options);

    public static AssessmentBreakdown FromJson(string json) =>
        JsonSerializer.Deserialize<AssessmentBreakdown>(json, ReferenceDataJson.Options) ?? new AssessmentBreakdown([], [], []);
}

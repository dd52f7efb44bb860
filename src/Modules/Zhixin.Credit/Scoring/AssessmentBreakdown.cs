using System.Text.Json;
using System.Text.Json.Serialization;
using Zhixin.Platform.Data;

namespace Zhixin.Credit.Scoring;

/// <summary>What a stored assessment keeps of its score besides the figures: every line, the risk reasons and the records no rule scored.</summary>
internal sealed record AssessmentBreakdown(IReadOnlyList<ScoreLine> Lines, IReadOnlyList<RiskReason> RiskReasons, IReadOnlyList<Guid> NotScored)
{
    /// <summary>The listings in force that capped the grade; left out when none, so a breakdown without one reads as before.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ListingCap>? Listings { get; init; }

    /// <summary>The records a repair took out of the score; left out when none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<RepairedRecord>? Repaired { get; init; }

    public static AssessmentBreakdown Of(CreditScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        return new AssessmentBreakdown(score.Lines, score.RiskReasons, score.NotScored) {
            Listings = score.Listings.Count == 0 ? null : score.Listings,
            Repaired = score.Repaired.Count == 0 ? null : score.Repaired,
        };
    }

    public string ToJson() => JsonSerializer.Serialize(this, ReferenceDataJson.Options);

    /// <summary>The same JSON as <see cref="ToJson"/>, as UTF-8 bytes (what the database stores and hashes).</summary>
    public byte[] ToUtf8Json() => JsonSerializer.SerializeToUtf8Bytes(this, ReferenceDataJson.Options);

    public static AssessmentBreakdown FromJson(string json) =>
        JsonSerializer.Deserialize<AssessmentBreakdown>(json, ReferenceDataJson.Options) ?? new AssessmentBreakdown([], [], []);
}

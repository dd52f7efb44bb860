using System.Text;
using System.Text.Json;
using Zhixin.Inspection.Sampling;

namespace Zhixin.Inspection.Features.PublishDraw;

/// <summary>A firm left out of a draw as stored with it: the listing holds the code and reason, this also the name and which check.</summary>
internal sealed record StoredExclusion(string CreditCode, string Name, string Reason, string? CheckedBy)
{
    public const string Inactive = "inactive";
    public const string HigherLevel = "higher-level";

    public ExcludedFirm ToExcludedFirm() =>
        new(CreditCode, Name, Reason == Inactive ? ExclusionReason.Inactive : ExclusionReason.CheckedByHigherLevel, CheckedBy);
}

/// <summary>
/// <see cref="Domain.RandomDraw.Exclusions"/>: one JSON object per line, in the listing's order (by credit code), so
/// names with any character survive and the text still reads line by line.
/// </summary>
internal static class DrawExclusions
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Write(IEnumerable<ExcludedFirm> excluded)
    {
        ArgumentNullException.ThrowIfNull(excluded);
        var text = new StringBuilder();
        foreach (var firm in excluded)
        {
            var reason = firm.Reason == ExclusionReason.Inactive ? StoredExclusion.Inactive : StoredExclusion.HigherLevel;
            text.Append(JsonSerializer.Serialize(new StoredExclusion(firm.CreditCode, firm.Name, reason, firm.CheckedBy), Json)).Append('\n');
        }

        return text.ToString();
    }

    public static IReadOnlyList<StoredExclusion> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonSerializer.Deserialize<StoredExclusion>(line, Json)!)];
    }
}

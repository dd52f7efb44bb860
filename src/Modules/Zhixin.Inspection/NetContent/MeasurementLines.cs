using System.Globalization;

namespace Zhixin.Inspection.NetContent;

/// <summary>A measured net content and the line of the text it was read from.</summary>
internal sealed record MeasurementLine(int Line, decimal Value);

/// <summary>A line that is not a number, as written.</summary>
internal sealed record BadMeasurementLine(int Line, string Text);

/// <summary>
/// Measurements as a text file holds them: one number per line in the declared unit, with a point for the
/// decimals whatever the culture. Blank lines and everything after a # are skipped, so a file can carry notes.
/// </summary>
internal static class MeasurementLines
{
    private const NumberStyles Number = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    public static (IReadOnlyList<MeasurementLine> Values, IReadOnlyList<BadMeasurementLine> Bad) Parse(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var values = new List<MeasurementLine>();
        var bad = new List<BadMeasurementLine>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            var comment = line.IndexOf('#', StringComparison.Ordinal);
            var text = (comment < 0 ? line : line[..comment]).Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (decimal.TryParse(text, Number, CultureInfo.InvariantCulture, out var value))
            {
                values.Add(new MeasurementLine(number, value));
            }
            else
            {
                bad.Add(new BadMeasurementLine(number, line.Trim()));
            }
        }

        return (values, bad);
    }
}

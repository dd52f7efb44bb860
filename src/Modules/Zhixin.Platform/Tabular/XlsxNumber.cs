using System.Globalization;

namespace Zhixin.Platform.Tabular;

/// <summary>How a numeric cell reads as text: as Excel shows it in General format, but never in E notation.</summary>
internal static class XlsxNumber
{
    /// <summary>
    /// Excel keeps 15 significant digits: a value this large cannot hold every digit of the code that was
    /// typed (an 18-digit credit code becomes 9.14403001922038E+17).
    /// </summary>
    public const double FirstLossyMagnitude = 1e15;

    public static bool TryParse(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    public static bool LosesDigits(double value) => Math.Abs(value) >= FirstLossyMagnitude;

    /// <summary>
    /// Rounds to Excel's 15 significant digits, which also removes binary noise such as 0.30000000000000004,
    /// and spells the result out in plain decimal notation.
    /// </summary>
    public static string Format(double value)
    {
        if (value == 0)
        {
            return "0";
        }

        var general = value.ToString("G15", CultureInfo.InvariantCulture);
        var exponentAt = general.IndexOf('E', StringComparison.Ordinal);
        if (exponentAt < 0)
        {
            return general;
        }

        var exponent = int.Parse(general.AsSpan(exponentAt + 1), NumberStyles.AllowLeadingSign,
            CultureInfo.InvariantCulture);
        var mantissa = general.AsSpan(0, exponentAt);
        var negative = mantissa.StartsWith('-');
        if (negative)
        {
            mantissa = mantissa[1..];
        }

        var point = mantissa.IndexOf('.');
        var digits = point < 0 ? mantissa.ToString() : string.Concat(mantissa[..point], mantissa[(point + 1)..]);
        var integerDigits = (point < 0 ? mantissa.Length : point) + exponent;

        string plain;
        if (integerDigits <= 0)
        {
            plain = "0." + new string('0', -integerDigits) + digits;
        }
        else if (integerDigits >= digits.Length)
        {
            plain = digits + new string('0', integerDigits - digits.Length);
        }
        else
        {
            plain = digits[..integerDigits] + "." + digits[integerDigits..];
        }

        return negative ? "-" + plain : plain;
    }
}

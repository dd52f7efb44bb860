using System.Globalization;
using System.Text.RegularExpressions;

namespace Zhixin.Plans.Features.ImportPlan;

/// <summary>
/// The years a plan runs, read from its title: 2012年行动计划 runs 2012; 纲要(2011-2020年) runs 2011–2020. A title
/// naming no year falls back to the year of issue, then to the current year.
/// </summary>
internal static partial class PlanPeriod
{
    public static (DateOnly Starts, DateOnly Ends) From(string? title, DateOnly? issuedOn, DateOnly today)
    {
        if (title is not null)
        {
            var range = YearRange().Match(title);
            if (range.Success)
            {
                var first = Year(range.Groups[1].Value);
                var last = Year(range.Groups[2].Value);
                if (first <= last)
                {
                    return (new DateOnly(first, 1, 1), new DateOnly(last, 12, 31));
                }
            }

            var single = SingleYear().Match(title);
            if (single.Success)
            {
                var year = Year(single.Groups[1].Value);
                return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            }
        }

        var fallback = issuedOn?.Year ?? today.Year;
        return (new DateOnly(fallback, 1, 1), new DateOnly(fallback, 12, 31));
    }

    private static int Year(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"((?:19|20)\d{2})\s*[-－—–~～至]+\s*((?:19|20)\d{2})\s*年")]
    private static partial Regex YearRange();

    [GeneratedRegex(@"((?:19|20)\d{2})\s*年")]
    private static partial Regex SingleYear();
}

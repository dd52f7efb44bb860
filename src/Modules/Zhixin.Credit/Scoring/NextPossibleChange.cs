using Zhixin.Credit.Domain;

namespace Zhixin.Credit.Scoring;

/// <summary>
/// The first day after a scoring on which the same file under the same rules could score differently: a record's date
/// arriving, a repair taking effect, a record leaving a rule's period or a risk window, a listing starting or ending.
/// Before that day a rescoring can only repeat the stored assessment, so the full rescoring leaves the firm alone
/// unless its file or the rule set in force changed. The answer may come early (every period of the rule set is tried
/// on every record), never late.
/// </summary>
internal static class NextPossibleChange
{
    public static DateOnly? After(ScoringModel model, IReadOnlyList<ScoredRecord> records, IReadOnlyList<ListingCap> listings, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(listings);
        var periods = model.Rules.Select(r => r.CountsForMonths)
            .Concat(model.RiskConditions.Select(c => c.WithinMonths))
            .Append(model.CleanMonthsForClassA)
            .Where(m => m > 0)
            .Distinct()
            .ToArray();
        DateOnly? first = null;
        void Consider(DateOnly day)
        {
            if (day > asOf && (first is null || day < first))
            {
                first = day;
            }
        }

        foreach (var record in records)
        {
            Consider(record.OccurredOn);
            if (record.RepairedOn is { } repairedOn)
            {
                Consider(repairedOn);
            }

            foreach (var months in periods)
            {
                // A rule counts a record through the day before the same date N months on.
                Consider(record.OccurredOn.AddMonths(months));
                Consider(FirstDayOutsideWindow(record.OccurredOn, months));
            }
        }

        foreach (var listing in listings)
        {
            Consider(listing.From);
            Consider(listing.Until.AddDays(1));
        }

        return first;
    }

    /// <summary>
    /// A risk window of N months counts a record while it is later than the day N months before; at the end of a month
    /// that day can fall a few days past the record's date N months on (31 Jan + 1 month is 28 Feb, but on 28 Feb the
    /// window still starts on 28 Jan), so the exact first day outside is searched.
    /// </summary>
    private static DateOnly FirstDayOutsideWindow(DateOnly occurredOn, int months)
    {
        var day = occurredOn.AddMonths(months);
        while (day.AddMonths(-months) < occurredOn)
        {
            day = day.AddDays(1);
        }

        return day;
    }
}

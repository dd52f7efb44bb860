using System.Globalization;
using Zhixin.Inspection.Domain;
using Zhixin.Platform.Web;

namespace Zhixin.Inspection.Features;

/// <summary>The period of a pass-rate table: one year or a date range of sampling days, optionally narrowed to one quarter.</summary>
internal sealed record StatisticsPeriod(int? Year, DateOnly? From, DateOnly? To, int? Quarter)
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    /// <summary>A year or a range (of less than a year, so that it does not overlap the same range a year earlier), not both.</summary>
    public static StatisticsPeriod? Parse(FieldErrors errors, int? year, DateOnly? from, DateOnly? to, int? quarter)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var count = errors.All.Count;
        if (quarter is not null and not (>= 1 and <= 4))
        {
            errors.Add("quarter", InspectionText.Get("Stats.QuarterOutOfRange"));
        }

        if (year is not null && (from is not null || to is not null))
        {
            errors.Add("year", InspectionText.Get("Stats.YearOrRange"));
        }
        else if (year is null && from is null && to is null)
        {
            errors.Add("year", InspectionText.Format("Field.Required", Fields.Label("year")));
        }
        else if (year is not null)
        {
            RequireYear(errors, "year", year.Value);
        }
        else if (from is null || to is null)
        {
            errors.Add(from is null ? "from" : "to", InspectionText.Get("Stats.RangeNeedsBothEnds"));
        }
        else if (to < from)
        {
            errors.Add("to", InspectionText.Get("Stats.RangeReversed"));
        }
        else if (to >= from.Value.AddYears(1))
        {
            errors.Add("to", InspectionText.Get("Stats.RangeTooLong"));
        }
        else
        {
            RequireYear(errors, "from", from.Value.Year);
            RequireYear(errors, "to", to.Value.Year);
        }

        return errors.All.Count == count ? new StatisticsPeriod(year, from, to, quarter) : null;
    }

    public static void RequireYear(FieldErrors errors, string field, int year)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (year is < MinYear or > MaxYear)
        {
            errors.Add(field, InspectionText.Format("Stats.YearOutOfRange", MinYear, MaxYear));
        }
    }

    /// <summary>The batches sampled in the period (SampleYear and SampleQuarter are indexed integers; a range compares days).</summary>
    public IQueryable<SampleBatch> Apply(IQueryable<SampleBatch> batches)
    {
        ArgumentNullException.ThrowIfNull(batches);
        var query = batches;
        if (Year is { } year)
        {
            query = query.Where(b => b.SampleYear == year);
        }

        if (From is { } from && To is { } to)
        {
            query = query.Where(b => b.SampledOn >= from && b.SampledOn <= to);
        }

        if (Quarter is { } quarter)
        {
            query = query.Where(b => b.SampleQuarter == quarter);
        }

        return query;
    }

    /// <summary>The same period a year earlier, for the year-on-year comparison (同比).</summary>
    public StatisticsPeriod YearEarlier() => new(Year - 1, From?.AddYears(-1), To?.AddYears(-1), Quarter);

    public string Describe()
    {
        var span = Year is { } year
            ? StatisticsLabels.Year(year)
            : InspectionText.Format("Stats.Range", From!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), To!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return Quarter is { } quarter ? span + StatisticsLabels.Quarter(quarter) : span;
    }
}

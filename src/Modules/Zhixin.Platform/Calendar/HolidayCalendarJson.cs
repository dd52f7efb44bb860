using System.Globalization;
using Zhixin.Platform.Data;

namespace Zhixin.Platform.Calendar;

/// <summary>Reads the holiday reference data, refusing data with any problem, and loads the copy shipped with the module.</summary>
public static class HolidayCalendarJson
{
    public const string EmbeddedResource = "Zhixin.Platform.prc-public-holidays.json";

    /// <summary>The calendar from the embedded data; build it once (it is immutable) and share it.</summary>
    public static WorkCalendar LoadEmbedded() => Read(ReferenceDataJson.Embedded(typeof(HolidayCalendarJson).Assembly, EmbeddedResource));

    /// <summary>Reads and validates the data; a <see cref="System.Text.Json.JsonException"/> lists every problem found.</summary>
    public static WorkCalendar Read(string json) => new(ReferenceDataJson.Read<HolidayCalendarData>(json, Problems));

    public static IReadOnlyList<string> Problems(HolidayCalendarData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var problems = new List<string>();
        if (data.Revision < 1)
        {
            problems.Add($"The revision must be 1 or more, not {data.Revision}.");
        }

        if (data.Years is not { Count: > 0 })
        {
            problems.Add("The data covers no year.");
            return problems;
        }

        foreach (var year in data.Years.GroupBy(year => year.Year).Where(group => group.Count() > 1))
        {
            problems.Add($"{year.Key} is listed {year.Count()} times.");
        }

        foreach (var year in data.Years)
        {
            problems.AddRange(YearProblems(data, year));
        }

        problems.AddRange(ConflictProblems(data.Years));
        return problems;
    }

    private static IEnumerable<string> YearProblems(HolidayCalendarData data, YearArrangement year)
    {
        var edition = data.StatutoryHolidays
            .Where(candidate => candidate.EffectiveFrom <= new DateOnly(year.Year, 1, 1))
            .MaxBy(candidate => candidate.EffectiveFrom);
        if (edition is null)
        {
            yield return $"{year.Year}: no statutory holiday edition is in force on 1 January.";
        }

        foreach (var arrangement in year.Arrangements)
        {
            var label = $"{year.Year} {string.Join('+', arrangement.Festivals)}";
            var unknown = arrangement.Festivals.Where(id => edition?.Festivals.Any(festival => festival.Id == id) == false);
            foreach (var id in unknown)
            {
                yield return $"{label}: '{id}' is not a festival of {edition!.Edition}.";
            }

            if (arrangement.To < arrangement.From)
            {
                yield return $"{label}: the days off end ({Iso(arrangement.To)}) before they start ({Iso(arrangement.From)}).";
            }
            else if (arrangement.To.DayNumber - arrangement.From.DayNumber + 1 != arrangement.Days)
            {
                yield return $"{label}: {Iso(arrangement.From)} to {Iso(arrangement.To)} is "
                    + $"{arrangement.To.DayNumber - arrangement.From.DayNumber + 1} days, the notice says {arrangement.Days}.";
            }

            foreach (var date in new[] { arrangement.From, arrangement.To }.Concat(arrangement.MakeUpWorkingDays).Where(date => !InNoticeYear(date, year.Year)))
            {
                yield return $"{label}: {Iso(date)} is outside {year.Year} (only the previous December may start a holiday).";
            }

            foreach (var date in arrangement.MakeUpWorkingDays.Where(date => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)))
            {
                yield return $"{label}: make-up working day {Iso(date)} is a {date.DayOfWeek}, already a working day.";
            }
        }
    }

    /// <summary>A date both off and worked, or listed twice, is a transcription error; name the date.</summary>
    private static IEnumerable<string> ConflictProblems(IEnumerable<YearArrangement> years)
    {
        var off = new Dictionary<DateOnly, string>();
        var worked = new Dictionary<DateOnly, string>();
        foreach (var year in years)
        {
            foreach (var arrangement in year.Arrangements)
            {
                var label = $"{year.Year} {string.Join('+', arrangement.Festivals)}";
                for (var date = arrangement.From; date <= arrangement.To; date = date.AddDays(1))
                {
                    if (!off.TryAdd(date, label))
                    {
                        yield return $"{Iso(date)} is listed twice as a day off ({off[date]}; {label}).";
                    }
                }

                foreach (var date in arrangement.MakeUpWorkingDays.Where(date => !worked.TryAdd(date, label)))
                {
                    yield return $"{Iso(date)} is listed twice as a make-up working day ({worked[date]}; {label}).";
                }
            }
        }

        foreach (var (date, label) in worked.Where(pair => off.ContainsKey(pair.Key)).OrderBy(pair => pair.Key))
        {
            yield return $"{Iso(date)} is listed both as a day off ({off[date]}) and as a make-up working day ({label}).";
        }
    }

    private static bool InNoticeYear(DateOnly date, int year) =>
        date.Year == year || (date.Year == year - 1 && date.Month == 12);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

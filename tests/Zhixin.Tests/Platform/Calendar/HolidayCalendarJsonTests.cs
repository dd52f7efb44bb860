using System.Text.Json;
using Zhixin.Platform.Calendar;

namespace Zhixin.Tests.Platform.Calendar;

public sealed class HolidayCalendarJsonTests
{
    [Fact]
    public void Read_WhenDateIsBothDayOffAndMakeUpDay_ThrowsNamingTheDate()
    {
        var json = Document("""{ "festivals": ["springFestival"], "from": "2024-02-10", "to": "2024-02-18", "days": 9, "makeUpWorkingDays": ["2024-02-18"] }""");

        var error = Assert.Throws<JsonException>(() => HolidayCalendarJson.Read(json));

        Assert.Contains("2024-02-18 is listed both as a day off", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenMakeUpDayIsWeekday_ThrowsNamingTheDate()
    {
        var json = Document("""{ "festivals": ["springFestival"], "from": "2024-02-10", "to": "2024-02-17", "days": 8, "makeUpWorkingDays": ["2024-02-19"] }""");

        var error = Assert.Throws<JsonException>(() => HolidayCalendarJson.Read(json));

        Assert.Contains("make-up working day 2024-02-19 is a Monday", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenDayCountDisagreesWithDates_Throws()
    {
        var json = Document("""{ "festivals": ["springFestival"], "from": "2024-02-10", "to": "2024-02-17", "days": 7, "makeUpWorkingDays": [] }""");

        var error = Assert.Throws<JsonException>(() => HolidayCalendarJson.Read(json));

        Assert.Contains("is 8 days, the notice says 7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenFestivalIsNotInTheStatutoryList_Throws()
    {
        var json = Document("""{ "festivals": ["lantern"], "from": "2024-02-24", "to": "2024-02-24", "days": 1, "makeUpWorkingDays": [] }""");

        var error = Assert.Throws<JsonException>(() => HolidayCalendarJson.Read(json));

        Assert.Contains("'lantern' is not a festival", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenValid_BuildsCalendarWithItsRevision()
    {
        var json = Document("""{ "festivals": ["springFestival"], "from": "2024-02-10", "to": "2024-02-17", "days": 8, "makeUpWorkingDays": ["2024-02-18"] }""");

        var calendar = HolidayCalendarJson.Read(json);

        Assert.Equal((7, true, false), (calendar.Revision, calendar.IsWorkingDay(new DateOnly(2024, 2, 18)), calendar.IsWorkingDay(new DateOnly(2024, 2, 12))));
    }

    private static string Document(string arrangement) => $$"""
        {
          "revision": 7,
          "revisedOn": "2026-11-23",
          "periodEnd": { "rule": "extendToNextWorkingDay", "basis": "test", "verified": false },
          "statutoryHolidays": [
            {
              "edition": "test", "title": "test", "effectiveFrom": "2014-01-01", "verified": false,
              "festivals": [{ "id": "springFestival", "name": "春节", "days": 3, "dates": "test" }]
            }
          ],
          "years": [
            { "year": 2024, "source": "test", "verified": false, "arrangements": [{{arrangement}}] }
          ]
        }
        """;
}

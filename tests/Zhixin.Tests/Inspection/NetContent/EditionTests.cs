using System.Text;
using System.Text.Json;
using Zhixin.Inspection.NetContent;
using static Zhixin.Tests.Inspection.NetContent.NetContentLots;

namespace Zhixin.Tests.Inspection.NetContent;

/// <summary>The JJF 1070 editions shipped as reference data, and which one a check falls under.</summary>
public sealed class EditionTests
{
    private static NetContentEditions Editions => NetContentEditions.Published;

    [Fact]
    public void Published_WhenLoaded_Holds2005And2023WithoutProblems()
    {
        Assert.Equal(["jjf1070-2005", "jjf1070-2023"], Editions.All.Select(edition => edition.Id));
        Assert.All(Editions.All, edition => Assert.Empty(edition.Problems()));
    }

    [Theory]
    [InlineData("2005-12-31", null)]
    [InlineData("2006-01-01", "jjf1070-2005")]
    [InlineData("2024-10-11", "jjf1070-2005")]
    [InlineData("2024-10-12", "jjf1070-2023")]
    [InlineData("2030-01-01", "jjf1070-2023")]
    public void InForceOn_WhenCheckDateGiven_IsTheLatestEditionInForce(string day, string? id)
    {
        Assert.Equal(id, Editions.InForceOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture))?.Id);
    }

    [Fact]
    public void Evaluate_WhenCheckedAfter2024_10_12_UsesThe2023EditionAndSaysItIsUnverified()
    {
        var result = Judge(Lot(500m, "g", 1, 500m) with { CheckDate = new DateOnly(2025, 1, 1) });

        Assert.Equal(("jjf1070-2023", false, false), (result.Edition.Id, result.Edition.Verified, result.EditionChosenExplicitly));
        Assert.Contains(result.Notes, note => note.Contains("jjf1070-2023", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_WhenCheckedUnder2005_HasNoNotes()
    {
        var result = Judge(Lot(500m, "g", 1, 500m));

        Assert.Equal(("jjf1070-2005", true), (result.Edition.Id, result.Edition.Verified));
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void Evaluate_WhenEditionNamed_UsesItAndNotesTheOneInForce()
    {
        var result = Judge(Lot(500m, "g", 1, 500m) with { CheckDate = new DateOnly(2025, 1, 1), Edition = "JJF1070-2005" });

        Assert.Equal(("jjf1070-2005", true), (result.Edition.Id, result.EditionChosenExplicitly));
        Assert.Contains(result.Notes, note => note.Contains("jjf1070-2023", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_WhenEditionUnknown_ListsTheKnownOnes()
    {
        var (field, message) = SingleError(Lot(500m, "g", 1, 500m) with { Edition = "jjf1070-2000" });

        Assert.Equal(NetContentFields.Edition, field);
        Assert.Contains("jjf1070-2005, jjf1070-2023", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_WhenCheckedBeforeAnyEdition_RefusesTheCheckDate()
    {
        var (field, message) = SingleError(Lot(500m, "g", 1, 500m) with { CheckDate = new DateOnly(2005, 12, 31) });

        Assert.Equal(NetContentFields.CheckDate, field);
        Assert.Contains("2006-01-01", message, StringComparison.Ordinal);
    }

    // The 2023 tables could not be checked, so they are the 2005 ones; once checked, this guard goes.
    [Fact]
    public void Published_While2023IsUnverified_Carries2005TablesUnchanged()
    {
        var (older, newer) = (Editions.All[0], Editions.All[1]);
        Assert.False(newer.Verified);

        Assert.Equal(JsonSerializer.Serialize(older.TolerableDeficiency), JsonSerializer.Serialize(newer.TolerableDeficiency));
        Assert.Equal(older.SamplePlan, newer.SamplePlan);
    }

    [Fact]
    public void Read_WhenBandsLeaveAGap_IsRefusedNamingTheBands()
    {
        var json = Edition2005Json().Replace("\"above\": 50, \"upTo\": 100", "\"above\": 60, \"upTo\": 100", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => new NetContentEditions([Read(json)]));

        Assert.Contains("above 0 and above 60 do not meet", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhenAFieldIsMisspelt_FailsInsteadOfIgnoringIt()
    {
        var json = Edition2005Json().Replace("\"allowedBeyondT\": 3", "\"allowedBeyondt3\": 3", StringComparison.Ordinal);

        Assert.Throws<JsonException>(() => Read(json));
    }

    private static NetContentEdition Read(string json) => NetContentEditions.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    private static string Edition2005Json()
    {
        using var stream = typeof(NetContentEditions).Assembly.GetManifestResourceStream("Zhixin.Inspection.net-content-jjf1070-2005.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

using System.Text.Json;
using Zhixin.Credit.Scoring;

namespace Zhixin.Tests.Credit.Scoring;

/// <summary>A rule set with a mistake is refused with every problem named, so a bad correction never scores anyone.</summary>
public sealed class ScoringModelJsonTests
{
    [Fact]
    public void ShippedRuleSet_Reads_AndRoundTrips()
    {
        var model = ScoringModelJson.LoadEmbedded();

        var again = ScoringModelJson.Read(ScoringModelJson.Write(model));

        Assert.Equal(1, model.Version);
        Assert.False(model.Verified);
        Assert.Equal(model.Rules, again.Rules);
        Assert.Equal(model.Grades, again.Grades);
        Assert.Equal(model.RiskConditions, again.RiskConditions);
    }

    [Theory]
    [InlineData("\"points\": -15", "\"points\": 15", "rules[0] (N1): a negative kind must take points away")]
    [InlineData("\"countsForMonths\": 24", "\"countsForMonths\": 0", "rules[0] (N1): countsForMonths must lie between 1 and 120, not 0")]
    [InlineData("\"code\": \"N3\"", "\"code\": \"N1\"", "rules[4] (N1): the code must be given and unique")]
    [InlineData("{ \"grade\": \"B\", \"minScore\": 80 }", "{ \"grade\": \"B\", \"minScore\": 96 }", "grades: B must need less than A")]
    [InlineData("\"code\": \"P1\", \"kind\": \"certification\"", "\"code\": \"P1\", \"kind\": \"certification\", \"severity\": \"light\"", "rules[8] (P1): only a negative kind has a severity")]
    [InlineData("{ \"code\": \"R-C1\", \"class\": \"C\", \"grade\": \"C\",", "{ \"code\": \"R-C1\", \"class\": \"C\", \"grade\": \"C\", \"kind\": \"recall\",", "riskConditions[2] (R-C1): give either a grade or a kind of record, not both")]
    [InlineData("\"class\": \"D\", \"grade\": \"D\"", "\"class\": \"B\", \"grade\": \"D\"", "riskConditions[0] (R-D1): conditions put firms in class C or D")]
    public void FaultyRuleSet_IsRefused_NamingTheProblem(string from, string to, string problem)
    {
        var json = Shipped();
        Assert.Contains(from, json, StringComparison.Ordinal);

        var error = Assert.Throws<JsonException>(() => ScoringModelJson.Read(json.Replace(from, to, StringComparison.Ordinal)));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RuleAfterARuleThatScoresTheSameRecords_IsRefusedAsNeverApplying()
    {
        var json = Shipped().Replace(
            "{ \"code\": \"N5.1\", \"kind\": \"qualityAccident\", \"severity\": \"serious\"",
            "{ \"code\": \"N5.0\", \"kind\": \"qualityAccident\", \"points\": -1, \"countsForMonths\": 1, \"description\": \"x\" },\n    { \"code\": \"N5.1\", \"kind\": \"qualityAccident\", \"severity\": \"serious\"",
            StringComparison.Ordinal);

        var error = Assert.Throws<JsonException>(() => ScoringModelJson.Read(json));

        Assert.Contains("(N5.1): never applies, rule N5.0 before it scores the same records", error.Message, StringComparison.Ordinal);
    }

    private static string Shipped()
    {
        using var stream = typeof(ScoringModelJson).Assembly.GetManifestResourceStream(ScoringModelJson.EmbeddedResource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

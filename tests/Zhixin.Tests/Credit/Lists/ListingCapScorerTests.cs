using Zhixin.Credit.Domain;
using Zhixin.Credit.Lists;
using Zhixin.Credit.Scoring;

namespace Zhixin.Tests.Credit.Lists;

/// <summary>A listing in force as a grade cap in the scorer, and the shipped list periods.</summary>
public sealed class ListingCapScorerTests
{
    private static readonly ScoringModel Model = ScoringModelJson.LoadEmbedded();
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static ListingCap Black(DateOnly from, DateOnly until) =>
        new(Guid.CreateVersion7(), CreditListKind.Black, "严重违法失信名单", "思市监信决〔2026〕1号", from, until, CreditGrade.D);

    [Fact]
    public void Score_WhenABlackListingIsInForce_HoldsTheGradeAtD_AndNamesTheList()
    {
        var listing = Black(new DateOnly(2026, 1, 1), new DateOnly(2028, 12, 31));

        var score = CreditScorer.Score(Model, [], Today, [listing]);

        Assert.Equal(100m, score.Score);
        Assert.Equal((CreditGrade.D, "list:black"), (score.Grade, score.GradeCappedBy));
        Assert.Equal(listing, Assert.Single(score.Listings));
        Assert.Equal(listing.ListingId, Assert.Single(AssessmentBreakdown.Of(score).Listings!).ListingId);
    }

    [Theory]
    [InlineData("2028-12-31", "D")]
    [InlineData("2029-01-01", "A")]
    [InlineData("2025-12-31", "A")]
    public void Score_CountsTheListingFromItsFirstThroughItsLastDay(string day, string grade)
    {
        var listing = Black(new DateOnly(2026, 1, 1), new DateOnly(2028, 12, 31));

        var score = CreditScorer.Score(Model, [], DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), [listing]);

        Assert.Equal(grade, score.Grade.ToString());
    }

    [Fact]
    public void Breakdown_WithoutAListing_ReadsAsBefore()
    {
        var json = AssessmentBreakdown.Of(CreditScorer.Score(Model, [], Today)).ToJson();

        Assert.DoesNotContain("listings", json, StringComparison.Ordinal);
        Assert.Null(AssessmentBreakdown.FromJson(json).Listings);
    }

    [Fact]
    public void Outlook_WhenListed_ReachesAOnTheDayAfterTheListingEnds()
    {
        var listing = Black(new DateOnly(2026, 1, 1), new DateOnly(2028, 12, 31));

        var outlook = CreditScorer.Outlook(Model, [], Today, [listing]);

        Assert.Equal(new DateOnly(2029, 1, 1), outlook.Single(o => o.Grade == CreditGrade.A).From);
    }

    [Fact]
    public void ShippedListRules_BlackListThreeYearsEarlyRemovalAfterOne_RedTwoYears_UnverifiedWithSources()
    {
        var rules = ListRules.Current;
        var black = rules.For(CreditListKind.Black);
        var red = rules.For(CreditListKind.Red);

        Assert.Equal((36, 12, CreditGrade.D), (black.PeriodMonths, black.EarlyRemovalAfterMonths, black.GradeAtBest));
        Assert.Equal((24, (int?)null, (CreditGrade?)null), (red.PeriodMonths, red.EarlyRemovalAfterMonths, red.GradeAtBest));
        Assert.All(rules.Lists, l => Assert.False(l.Verified));
        Assert.Contains("Order No. 44", black.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void ListRules_WhenAPeriodIsOutOfRange_NamesTheProblem()
    {
        var json = """
            { "version": 2, "effectiveFrom": "2027-01-01", "lists": [
              { "kind": "black", "name": "黑", "legalBasis": "b", "periodMonths": 36, "earlyRemovalAfterMonths": 40, "statementPeriodDays": 5, "gradeAtBest": "D", "verified": false, "source": "s" },
              { "kind": "red", "name": "红", "legalBasis": "b", "periodMonths": 0, "earlyRemovalAfterMonths": null, "statementPeriodDays": 5, "gradeAtBest": null, "verified": false, "source": "s" } ] }
            """;

        var problem = Assert.Throws<System.Text.Json.JsonException>(() => ListRules.Read(json));

        Assert.Contains("lists[0] (Black): earlyRemovalAfterMonths", problem.Message, StringComparison.Ordinal);
        Assert.Contains("lists[1] (Red): periodMonths", problem.Message, StringComparison.Ordinal);
    }
}

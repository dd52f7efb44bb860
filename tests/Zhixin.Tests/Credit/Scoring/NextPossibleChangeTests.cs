using System.Globalization;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Scoring;

namespace Zhixin.Tests.Credit.Scoring;

/// <summary>
/// The full rescoring skips a firm until the day <see cref="NextPossibleChange"/> names: if that day came late, a grade
/// would stay wrong. Every day before it must score exactly as the day of the scoring did.
/// </summary>
public sealed class NextPossibleChangeTests
{
    private static readonly ScoringModel Model = ScoringModelJson.LoadEmbedded();
    private static readonly CreditRecordKind[] Kinds = Enum.GetValues<CreditRecordKind>();
    private static readonly RecordSeverity[] Severities = Enum.GetValues<RecordSeverity>();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void NoDayBeforeTheNextPossibleChange_ScoresDifferently(int seed)
    {
        var random = new Random(seed);
        for (var file = 0; file < 40; file++)
        {
            // Month ends and leap days are where month arithmetic goes wrong, so the dates cluster there.
            var asOf = RandomDay(random, new DateOnly(2023, 1, 1), 1400);
            var records = Enumerable.Range(0, random.Next(0, 8)).Select(_ => RandomRecord(random, asOf)).ToList();
            var listings = random.Next(4) == 0 ? [RandomListing(random, asOf)] : new List<ListingCap>();
            var first = Fingerprint(CreditScorer.Score(Model, records, asOf, listings));

            var next = NextPossibleChange.After(Model, records, listings, asOf);

            var horizon = next ?? asOf.AddYears(4);
            for (var day = asOf.AddDays(1); day < horizon; day = day.AddDays(1))
            {
                Assert.True(
                    first == Fingerprint(CreditScorer.Score(Model, records, day, listings)),
                    $"seed {seed}, file {file}: scored on {asOf}, next possible change {next?.ToString("O", CultureInfo.InvariantCulture) ?? "never"}, but {day} scores differently");
            }
        }
    }

    [Fact]
    public void SpotCheckFailure_NextChangeIsWhenItLeavesTheRiskWindow_ThenWhenItStopsCounting()
    {
        var failed = new ScoredRecord(Guid.NewGuid(), CreditRecordKind.SpotCheckFailed, RecordSeverity.None, new DateOnly(2026, 3, 10), "抽查不合格");

        // Risk condition R-C2 holds the class at C for 12 months; rule N1 counts the failure for 24.
        var first = NextPossibleChange.After(Model, [failed], [], new DateOnly(2026, 11, 23));
        var afterTheWindow = NextPossibleChange.After(Model, [failed], [], new DateOnly(2027, 3, 10));

        Assert.Equal(new DateOnly(2027, 3, 10), first);
        Assert.True(afterTheWindow > new DateOnly(2027, 3, 10) && afterTheWindow <= new DateOnly(2028, 3, 10), afterTheWindow?.ToString("O", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void LeapDayRecord_LeavesTheTwelveMonthRiskWindowOnTheFirstOfMarch_NotOnTheTwentyEighthOfFebruary()
    {
        var failed = new ScoredRecord(Guid.NewGuid(), CreditRecordKind.SpotCheckFailed, RecordSeverity.None, new DateOnly(2024, 2, 29), "抽查不合格");
        var lastDayInWindow = new DateOnly(2025, 2, 28);

        var next = NextPossibleChange.After(Model, [failed], [], lastDayInWindow);

        // On 28 Feb 2025 the window starts on 28 Feb 2024, so the failure still counts (R-C2); on 1 Mar it does not.
        Assert.Equal(new DateOnly(2025, 3, 1), next);
        Assert.Equal(RiskClass.C, CreditScorer.Score(Model, [failed], lastDayInWindow).RiskClass);
        Assert.NotEqual(RiskClass.C, CreditScorer.Score(Model, [failed], next!.Value).RiskClass);
    }

    [Fact]
    public void EmptyFile_NeverChangesByTimeAlone()
    {
        Assert.Null(NextPossibleChange.After(Model, [], [], new DateOnly(2026, 11, 23)));
    }

    private static string Fingerprint(CreditScore score) =>
        $"{score.Score}|{score.Grade}|{score.RiskClass}|{score.GradeCappedBy}|{AssessmentBreakdown.Of(score).ToJson()}";

    private static ScoredRecord RandomRecord(Random random, DateOnly asOf)
    {
        var occurredOn = RandomDay(random, asOf.AddYears(-4), 4 * 366 + 30);
        DateOnly? repairedOn = random.Next(5) == 0 ? occurredOn.AddDays(random.Next(1, 900)) : null;
        return new ScoredRecord(
            Guid.NewGuid(), Kinds[random.Next(Kinds.Length)], Severities[random.Next(Severities.Length)], occurredOn, "记录", repairedOn);
    }

    private static ListingCap RandomListing(Random random, DateOnly asOf)
    {
        var from = RandomDay(random, asOf.AddYears(-2), 900);
        return new ListingCap(Guid.NewGuid(), CreditListKind.Black, "质量失信黑名单", "决定 1 号", from, from.AddDays(random.Next(30, 1100)), CreditGrade.D);
    }

    /// <summary>
    /// A day within <paramref name="span"/> days of <paramref name="from"/>: a third of the time moved to the end of its
    /// month, and one time in eight a leap day, where a year of months is not a year of days.
    /// </summary>
    private static DateOnly RandomDay(Random random, DateOnly from, int span)
    {
        var day = from.AddDays(random.Next(span));
        return random.Next(8) == 0 ? new DateOnly(random.Next(2) == 0 ? 2024 : 2028, 2, 29)
            : random.Next(3) == 0 ? new DateOnly(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month))
            : day;
    }
}

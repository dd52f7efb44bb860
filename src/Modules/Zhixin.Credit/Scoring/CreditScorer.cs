using Zhixin.Credit.Domain;

namespace Zhixin.Credit.Scoring;

/// <summary>
/// Turns a credit file into a score, a grade and a risk class under one version of the rules, line by line, and
/// tells when the firm would reach each better grade as its negative records stop counting. Pure: the same file,
/// rules and day always give the same answer.
/// </summary>
internal static class CreditScorer
{
    /// <summary>
    /// The score on <paramref name="asOf"/>; a listing in force that day (<paramref name="listings"/>) holds the grade
    /// at its cap like a rule's grade cap, and is then named as what capped it ("list:black").
    /// </summary>
    public static CreditScore Score(ScoringModel model, IReadOnlyList<ScoredRecord> records, DateOnly asOf, IReadOnlyList<ListingCap>? listings = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(records);
        var lines = new List<ScoreLine>();
        var notScored = new List<Guid>();
        var totals = new Dictionary<string, decimal>(StringComparer.Ordinal);
        string? cappedBy = null;
        CreditGrade? gradeAtBest = null;
        var repaired = new List<RepairedRecord>();
        // Most recent first, so that a capped rule keeps the newest records whole.
        foreach (var record in records.Where(r => r.OccurredOn <= asOf).OrderByDescending(r => r.OccurredOn).ThenBy(r => r.Id))
        {
            if (record.RepairedOn is { } repairedOn && repairedOn <= asOf)
            {
                repaired.Add(new RepairedRecord(record.Id, record.Kind, record.Title, record.OccurredOn, repairedOn));
                continue;
            }

            if (model.RuleFor(record.Kind, record.Severity) is not { } rule)
            {
                notScored.Add(record.Id);
                continue;
            }

            var lastDay = LastCountingDay(record.OccurredOn, rule.CountsForMonths);
            if (asOf > lastDay)
            {
                continue;
            }

            var total = totals.GetValueOrDefault(rule.Code);
            var points = rule.Points;
            var capped = false;
            if (rule.Cap is { } cap && Math.Abs(total + points) > cap)
            {
                points = Math.Sign(rule.Points) * Math.Max(0, cap - Math.Abs(total));
                capped = true;
            }

            totals[rule.Code] = total + points;
            lines.Add(new ScoreLine(record.Id, record.Kind, record.Title, record.OccurredOn, rule.Code, model.Version, points, capped, lastDay));
            if (rule.GradeAtBest is { } limit && (gradeAtBest is null || limit > gradeAtBest))
            {
                gradeAtBest = limit;
                cappedBy = rule.Code;
            }
        }

        var inForce = (listings ?? []).Where(l => l.From <= asOf && asOf <= l.Until).OrderByDescending(l => l.GradeAtBest).ThenBy(l => l.From).ToList();
        foreach (var listing in inForce)
        {
            if (gradeAtBest is null || listing.GradeAtBest > gradeAtBest)
            {
                gradeAtBest = listing.GradeAtBest;
                cappedBy = ListCapCode(listing.Kind);
            }
        }

        var score = Math.Max(0, model.BaseScore + lines.Sum(l => l.Points));
        var byScore = model.Grades.Where(b => score >= b.MinScore).Select(b => (CreditGrade?)b.Grade).FirstOrDefault() ?? CreditGrade.D;
        var grade = gradeAtBest is { } worst && worst > byScore ? worst : byScore;
        if (grade == byScore)
        {
            cappedBy = null;
        }

        var (riskClass, reasons) = Classify(model, records, grade, asOf);
        return new CreditScore(model.Version, asOf, score, grade, cappedBy, riskClass, reasons, lines, notScored) { Listings = inForce, Repaired = repaired };
    }

    /// <summary>What the breakdown names as the grade's cap when a listing holds it: "list:black".</summary>
    public static string ListCapCode(CreditListKind kind) => "list:" + kind.ToString().ToLowerInvariant();

    /// <summary>
    /// For each grade better than today's, the first day on which the firm would hold it if no record were added:
    /// the days on which a record stops counting are the only days the score can change.
    /// </summary>
    public static IReadOnlyList<GradeOutlook> Outlook(ScoringModel model, IReadOnlyList<ScoredRecord> records, DateOnly asOf, IReadOnlyList<ListingCap>? listings = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(records);
        var today = Score(model, records, asOf, listings);
        // A listing's end is the other day a grade can change.
        var days = today.Lines.Select(l => l.LastCountingDay.AddDays(1)).Concat(today.Listings.Select(l => l.Until.AddDays(1)))
            .Distinct().Order().ToList();
        var scores = days.Select(day => Score(model, records, day, listings)).ToList();
        return [.. Enum.GetValues<CreditGrade>().Where(g => g < today.Grade).Select(grade =>
        {
            var first = scores.FirstOrDefault(s => s.Grade <= grade);
            return new GradeOutlook(grade, first?.AsOf, first?.Score);
        })];
    }

    /// <summary>A record dated D counts for N months: through the day before the same date N months later.</summary>
    public static DateOnly LastCountingDay(DateOnly occurredOn, int months) => occurredOn.AddMonths(months).AddDays(-1);

    private static (RiskClass, IReadOnlyList<RiskReason>) Classify(ScoringModel model, IReadOnlyList<ScoredRecord> records, CreditGrade grade, DateOnly asOf)
    {
        foreach (var riskClass in new[] { RiskClass.D, RiskClass.C })
        {
            var reasons = model.RiskConditions.Where(c => c.Class == riskClass)
                .Select(c => (Condition: c, Count: Met(c, records, grade, asOf)))
                .Where(m => m.Count > 0)
                .Select(m => new RiskReason(m.Condition.Code, riskClass, m.Condition.Description, m.Count))
                .ToList();
            if (reasons.Count > 0)
            {
                return (riskClass, reasons);
            }
        }

        var cleanSince = asOf.AddMonths(-model.CleanMonthsForClassA);
        var clean = !records.Any(r => r.Kind.IsNegative() && r.OccurredOn > cleanSince && r.OccurredOn <= asOf);
        return grade == CreditGrade.A && clean ? (RiskClass.A, []) : (RiskClass.B, []);
    }

    /// <summary>How many records meet a record condition (or 1 for a grade condition that holds); 0 when not met.</summary>
    private static int Met(RiskCondition condition, IReadOnlyList<ScoredRecord> records, CreditGrade grade, DateOnly asOf)
    {
        if (condition.Grade is { } worst)
        {
            return grade >= worst ? 1 : 0;
        }

        var since = asOf.AddMonths(-condition.WithinMonths);
        var count = records.Count(r => r.Kind == condition.Kind
            && (condition.Severity is null || r.Severity >= condition.Severity)
            && r.OccurredOn > since && r.OccurredOn <= asOf);
        return count >= condition.AtLeast ? count : 0;
    }
}

using System.Globalization;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.FollowUp;
using Zhixin.Platform.Calendar;

namespace Zhixin.Inspection.Features;

/// <summary>
/// One line of a batch's clock as the API and the page show it. <see cref="Provisional"/> is set when a date of the
/// line falls in a year without holiday data and was counted with weekends only; <see cref="ProvisionalNote"/> says so.
/// </summary>
internal sealed record DeadlineLineView(
    string RuleId,
    string RuleName,
    FollowUpStepKind Due,
    DateOnly? From,
    DateOnly? To,
    DeadlineStatus Status,
    DateOnly? MetOn,
    int DaysEarly,
    int DaysLate,
    bool Overridden,
    bool Provisional,
    string? ProvisionalNote,
    FollowUpStepKind? WaitingFor,
    bool Verified,
    string Basis);

/// <summary>Whether the batch's result may be published today, and if not, from when or after which step.</summary>
internal sealed record PublicationView(bool Published, bool Eligible, DateOnly? EligibleFrom, FollowUpStepKind? Awaiting, bool Provisional);

/// <summary>
/// The follow-up clock of a batch with results, read on <see cref="Today"/>: the deadline lines (none for a passed
/// batch), the steps the law expects next, the steps a writer may record now (<see cref="AvailableSteps"/>), the
/// escalation reached and whether the result may be published.
/// </summary>
internal sealed record FollowUpClockView(
    DateOnly Today,
    DateOnly? NoticeServedOn,
    IReadOnlyList<DeadlineLineView> Lines,
    IReadOnlyList<FollowUpStepKind> NextSteps,
    IReadOnlyList<FollowUpStepKind> AvailableSteps,
    FollowUpEscalation Escalation,
    string? EscalationText,
    PublicationView Publication,
    IReadOnlyList<string> Problems);

/// <summary>
/// The follow-up rules applied to stored batches, shared by the handlers that read or change a batch's follow-up.
/// It always counts with the provisional calendar: a batch page must show even when a deadline reaches a year whose
/// holiday arrangement has not been entered, so such dates are counted with weekends only and marked provisional
/// rather than refused.
/// </summary>
internal sealed class BatchFollowUp(FollowUpRuleSet rules, WorkCalendar calendar)
{
    /// <summary>A passed batch has nothing to dispute or correct: it is notified, published and closed.</summary>
    public static readonly IReadOnlySet<FollowUpStepKind> PassedBatchSteps =
        new HashSet<FollowUpStepKind> { FollowUpStepKind.ResultNoticeServed, FollowUpStepKind.Published, FollowUpStepKind.Closed };

    public FollowUpRuleSet Rules => rules;

    public WorkCalendar Calendar { get; } = calendar.Provisional;

    /// <summary>The steps the clock reads: every record that a later record has not corrected.</summary>
    public static List<FollowUpStep> Effective(IEnumerable<FollowUpStepRecord> records)
    {
        var list = records.ToList();
        var corrected = list.Where(r => r.CorrectsStepId is not null).Select(r => r.CorrectsStepId!.Value).ToHashSet();
        return [.. list.Where(r => !corrected.Contains(r.Id)).OrderBy(r => r.On).ThenBy(r => r.RecordedAt).Select(Step)];
    }

    public static FollowUpStep Step(FollowUpStepRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new FollowUpStep(record.Kind, record.On, record.Passed, record.OverrideReason is not null);
    }

    /// <summary>The clock of a batch with results on <paramref name="today"/>; null while the batch has none.</summary>
    public FollowUpClockView? Read(SampleBatch batch, IEnumerable<FollowUpStepRecord> records, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch is not { Verdict: { } verdict, ResultIssuedOn: { } issuedOn })
        {
            return null;
        }

        var steps = WithPublication(batch, Effective(records));
        var publication = Publication(batch, steps, today);
        if (verdict == Verdict.Pass)
        {
            var remaining = PassedBatchSteps.Where(kind => steps.All(step => step.Kind != kind)).Order().ToList();
            return new FollowUpClockView(today, steps.FirstOrDefault(s => s.Kind == FollowUpStepKind.ResultNoticeServed)?.On, [], remaining, remaining,
                FollowUpEscalation.None, null, publication, []);
        }

        var evaluation = FollowUpClock.Evaluate(issuedOn, steps, today, rules, Calendar);
        var escalation = FollowUpText.Escalation(evaluation.Escalation);
        return new FollowUpClockView(
            today,
            evaluation.NoticeServedOn,
            [.. evaluation.Lines.Select(View)],
            evaluation.NextSteps,
            Available(evaluation, steps, today),
            evaluation.Escalation,
            escalation.Length == 0 ? null : escalation,
            publication,
            [.. evaluation.Problems.Select(FollowUpText.Describe)]);
    }

    /// <summary>
    /// The steps with the publication, when the batch was published without a recorded step (data loaded or imported
    /// directly): the clock then reads it on its day in China rather than still expecting it.
    /// </summary>
    public static List<FollowUpStep> WithPublication(SampleBatch batch, List<FollowUpStep> steps)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(steps);
        if (batch.PublishedAt is not { } publishedAt || steps.Any(step => step.Kind == FollowUpStepKind.Published))
        {
            return steps;
        }

        return [.. steps, new FollowUpStep(FollowUpStepKind.Published, ChinaDay(publishedAt))];
    }

    /// <summary>The day of an instant in China, which keeps UTC+8 all year (no daylight saving since 1991).</summary>
    public static DateOnly ChinaDay(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(TimeSpan.FromHours(8)).DateTime);

    /// <summary>
    /// The named rule publishing on <paramref name="on"/> must satisfy, or null when nothing stands in the way: a
    /// passed batch may be published as soon as its result is issued (nobody disputes a conforming result); a failed
    /// one only after the objection window and any objection (<see cref="PublicationAfterObjectionWindow"/>).
    /// </summary>
    public RuleCheck? PublicationCheck(SampleBatch batch, IReadOnlyList<FollowUpStep> steps, DateOnly on, string? overrideReason = null)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return batch.Verdict == Verdict.Fail ? PublicationAfterObjectionWindow.Check(steps, on, overrideReason, rules, Calendar) : null;
    }

    public PublicationView Publication(SampleBatch batch, IReadOnlyList<FollowUpStep> steps, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (PublicationCheck(batch, steps, today) is not { } check)
        {
            return new PublicationView(batch.PublishedAt is not null, batch.Verdict is not null, batch.ResultIssuedOn, null, false);
        }

        return new PublicationView(batch.PublishedAt is not null, !check.Broken, check.Opens, check.AwaitedStep, IsGuess(check.Opens));
    }

    /// <summary>Why a named rule refuses a step, with the provisional note when its dates were counted without holiday data.</summary>
    public string Refusal(RuleCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var text = FollowUpText.Describe(check);
        var guessed = new[] { check.Opens, check.Closes }.FirstOrDefault(IsGuess);
        return guessed is { } date ? $"{text} {ProvisionalNote(date)}" : text;
    }

    public static string ProvisionalNote(DateOnly date) =>
        InspectionText.Format("FollowUp.Provisional", date.Year.ToString(CultureInfo.InvariantCulture));

    private bool IsGuess(DateOnly? date) => date is { } day && Calendar.IsGuess(day);

    private DeadlineLineView View(DeadlineLine line)
    {
        var guessed = new[] { line.To, line.From }.FirstOrDefault(IsGuess);
        return new DeadlineLineView(
            line.RuleId, FollowUpText.RuleName(line.Rule), line.Due, line.From, line.To, line.Status, line.MetOn, line.DaysEarly, line.DaysLate,
            line.Overridden, guessed is not null, guessed is { } date ? ProvisionalNote(date) : null, line.WaitingFor, line.Rule.Verified, line.Rule.Basis);
    }

    /// <summary>
    /// What a writer may record now: the steps the law expects, plus the firm's objection while it has not been
    /// filed (a right, never "expected") and an in-person service while a posted notice has not yet counted as served.
    /// </summary>
    private static List<FollowUpStepKind> Available(FollowUpEvaluation evaluation, IReadOnlyList<FollowUpStep> steps, DateOnly today)
    {
        var available = new HashSet<FollowUpStepKind>(evaluation.NextSteps);
        bool Has(FollowUpStepKind kind) => steps.Any(step => step.Kind == kind);
        if (evaluation.NoticeServedOn is not null && !Has(FollowUpStepKind.ObjectionFiled) && !Has(FollowUpStepKind.Closed))
        {
            available.Add(FollowUpStepKind.ObjectionFiled);
        }

        if (!Has(FollowUpStepKind.ResultNoticeServed) && evaluation.NoticeServedOn > today)
        {
            available.Add(FollowUpStepKind.ResultNoticeServed);
        }

        return [.. available.Order()];
    }
}

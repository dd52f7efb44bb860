using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.Features.GetBatch;
using Zhixin.Inspection.FollowUp;
using Zhixin.Platform.Audit;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Web;

namespace Zhixin.Inspection.Features.RecordFollowUpStep;

/// <summary>
/// A step of a batch's follow-up: what was done (<see cref="Kind"/>) and when; <see cref="Passed"/> for a decision,
/// re-test or re-inspection; <see cref="OverrideReason"/> to record a step outside its legal window anyway;
/// <see cref="Corrects"/> to supersede a wrong record of the same step.
/// </summary>
internal sealed record RecordFollowUpStepRequest(
    FollowUpStepKind? Kind, DateOnly? On, bool? Passed = null, string? Note = null, string? OverrideReason = null, Guid? Corrects = null);

/// <summary>
/// Records a follow-up step of a batch with results (后处理). The step must follow its prerequisites
/// (<see cref="StepFollowsItsPrerequisites"/>, 400 naming both steps); an objection outside its 15 days
/// (<see cref="ObjectionWithinWindow"/>), a second re-inspection outside 60–90 days
/// (<see cref="SecondReinspectionWithinWindow"/>) or a publication before the objection window has closed
/// (<see cref="PublicationAfterObjectionWindow"/>) is refused with 409 unless a reason is given; the override is then
/// stored with the step and appended to the audit log in the same transaction. Steps are never deleted: a wrong one
/// is superseded by recording the same step again with <c>corrects</c> and a note.
/// </summary>
internal sealed class RecordFollowUpStepHandler(InspectionDbContext db, BatchFollowUp followUp, IAuditLog audit, TimeProvider clock)
{
    public const string FollowUpNeedsResults = nameof(FollowUpNeedsResults);
    public const string PassedBatchHasNoFollowUp = nameof(PassedBatchHasNoFollowUp);

    public async Task<Outcome<FollowUpStepView>> HandleAsync(Guid batchId, RecordFollowUpStepRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var batch = await db.Batches.FirstOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null)
        {
            return Failure.NotFound();
        }

        if (!InspectionAccess.Manages(db.Caller, batch.RegionCode))
        {
            return Failure.Forbidden(InspectionText.Get("Access.NotYourRegion"));
        }

        if (batch is not { Verdict: { } verdict, ResultIssuedOn: { } issuedOn })
        {
            return Failure.Conflict(FollowUpNeedsResults, InspectionText.Format("FollowUp.NeedsResults", batch.SamplingNumber));
        }

        var records = await db.FollowUpSteps.Where(s => s.BatchId == batchId).ToListAsync(cancellationToken);
        var errors = new FieldErrors();
        var input = Validate(errors, request, records, issuedOn, ChinaTime.Today(clock));
        if (input is null)
        {
            return errors;
        }

        if (verdict == Verdict.Pass && !BatchFollowUp.PassedBatchSteps.Contains(input.Kind))
        {
            return Failure.Conflict(PassedBatchHasNoFollowUp, InspectionText.Format("FollowUp.PassedBatchStep", batch.SamplingNumber, FollowUpText.Step(input.Kind)));
        }

        var others = BatchFollowUp.Effective(records.Where(r => r.Id != input.Corrects?.Id));
        var step = new FollowUpStep(input.Kind, input.On, input.Passed);
        var before = StepFollowsItsPrerequisites.Check(issuedOn, BatchFollowUp.Effective(records));
        var introduced = StepFollowsItsPrerequisites.Check(issuedOn, [.. others, step]).Except(before).ToList();
        if (introduced.Count > 0)
        {
            foreach (var problem in introduced)
            {
                errors.Add(FieldOf(problem.Kind), FollowUpText.Describe(problem));
            }

            return errors;
        }

        var check = RuleFor(batch, input, others);
        if (check is { Allowed: false })
        {
            return Failure.Conflict(check.Rule, followUp.Refusal(check));
        }

        var now = clock.GetUtcNow();
        var overridden = check is { Overridden: true };
        var record = new FollowUpStepRecord
        {
            Id = Guid.CreateVersion7(now),
            BatchId = batch.Id,
            Kind = input.Kind,
            On = input.On,
            Passed = input.Passed,
            Note = input.Note,
            OverrideReason = overridden ? input.OverrideReason : null,
            CorrectsStepId = input.Corrects?.Id,
            RegionCode = batch.RegionCode,
            RecordedAt = now,
            RecordedBy = db.Caller.Name,
        };
        db.FollowUpSteps.Add(record);
        if (input.Kind == FollowUpStepKind.Published && batch.PublishedAt is null)
        {
            batch.Publish(now, db.Caller.Name);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (overridden)
        {
            await audit.AppendAsync(db, [OverrideRecord(record, check!)], cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return View(record);
    }

    public static FollowUpStepView View(FollowUpStepRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new FollowUpStepView(record.Id, record.Kind, record.On, record.Passed, record.Note, record.OverrideReason, record.RecordedAt, record.RecordedBy,
            record.CorrectsStepId, Superseded: false);
    }

    /// <summary>The named rule the step must keep, if it has one (a passed batch's publication has none).</summary>
    private RuleCheck? RuleFor(SampleBatch batch, StepInput input, IReadOnlyList<FollowUpStep> others) => input.Kind switch
    {
        _ when batch.Verdict != Verdict.Fail => null,
        FollowUpStepKind.ObjectionFiled => ObjectionWithinWindow.Check(others, input.On, input.OverrideReason, followUp.Rules, followUp.Calendar),
        FollowUpStepKind.SecondReinspection => SecondReinspectionWithinWindow.Check(others, input.On, input.OverrideReason, followUp.Rules, followUp.Calendar),
        FollowUpStepKind.Published => followUp.PublicationCheck(batch, others, input.On, input.OverrideReason),
        _ => null,
    };

    private static StepInput? Validate(FieldErrors errors, RecordFollowUpStepRequest request, List<FollowUpStepRecord> records, DateOnly issuedOn, DateOnly today)
    {
        if (request.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add("kind", InspectionText.Get("FollowUp.KindRequired"));
        }

        var on = Fields.Required(errors, "on", request.On);
        if (on > today)
        {
            errors.Add("on", InspectionText.Get("FollowUp.StepInFuture"));
        }
        else if (on < issuedOn)
        {
            errors.Add("on", InspectionText.Format("FollowUp.StepBeforeResult", ChinaTime.Format(issuedOn)));
        }

        var note = Fields.Optional(errors, "note", request.Note, 1000);
        var reason = Fields.Optional(errors, "overrideReason", request.OverrideReason, 500);
        FollowUpStepRecord? corrected = null;
        if (request.Corrects is { } id)
        {
            corrected = records.FirstOrDefault(r => r.Id == id);
            var correction = records.FirstOrDefault(r => r.CorrectsStepId == id);
            if (corrected is null)
            {
                errors.Add("corrects", InspectionText.Get("FollowUp.CorrectsUnknown"));
            }
            else if (correction is not null)
            {
                errors.Add("corrects", InspectionText.Format("FollowUp.CorrectsAlreadyCorrected", ChinaTime.Format(correction.On)));
            }
            else if (corrected.Kind != request.Kind)
            {
                errors.Add("corrects", InspectionText.Format("FollowUp.CorrectsOtherKind", FollowUpText.Step(corrected.Kind)));
            }

            if (note is null)
            {
                errors.Add("note", InspectionText.Get("FollowUp.CorrectionNeedsNote"));
            }
        }

        if (!errors.IsEmpty)
        {
            return null;
        }

        // An outcome means something only for a decision, a re-test or a re-inspection; elsewhere it is dropped.
        var passed = StepFollowsItsPrerequisites.HasOutcome(request.Kind!.Value) ? request.Passed : null;
        return new StepInput(request.Kind.Value, on!.Value, passed, note, reason, corrected);
    }

    private static string FieldOf(StepOrderProblemKind problem) => problem switch
    {
        StepOrderProblemKind.BeforeResultIssued or StepOrderProblemKind.BeforePrerequisite => "on",
        StepOrderProblemKind.OutcomeMissing => "passed",
        _ => "kind",
    };

    private static AuditRecord OverrideRecord(FollowUpStepRecord record, RuleCheck check) => new(
        AuditActions.RuleOverride,
        nameof(FollowUpStepRecord),
        record.Id.ToString(),
        record.RegionCode,
        After: JsonSerializer.Serialize(new
        {
            rule = check.Rule,
            deadline = check.Deadline.Id,
            batchId = record.BatchId,
            step = record.Kind.ToString(),
            on = record.On,
            opens = check.Opens,
            closes = check.Closes,
            daysEarly = check.DaysEarly,
            daysLate = check.DaysLate,
            awaiting = check.AwaitedStep?.ToString(),
        }),
        Detail: record.OverrideReason);

    private sealed record StepInput(FollowUpStepKind Kind, DateOnly On, bool? Passed, string? Note, string? OverrideReason, FollowUpStepRecord? Corrects);
}

internal static class RecordFollowUpStepEndpoint
{
    public static async Task<Results<Created<FollowUpStepView>, ProblemHttpResult>> HandleAsync(
        Guid id, RecordFollowUpStepRequest request, RecordFollowUpStepHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Created(InspectionRoutes.ApiBatch(id), outcome.Value!) : outcome.ToProblem();
    }
}

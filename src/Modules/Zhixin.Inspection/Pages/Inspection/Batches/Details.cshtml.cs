using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Inspection.Features;
using Zhixin.Inspection.Features.GetBatch;
using Zhixin.Inspection.Features.PublishResults;
using Zhixin.Inspection.Features.RecordFollowUpStep;
using Zhixin.Inspection.FollowUp;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Scoping;
using Zhixin.Platform.Web;

namespace Zhixin.Inspection.Pages.Inspection.Batches;

/// <summary>A follow-up step as the form on the batch page sends it; the names are those the handler gives its errors.</summary>
internal sealed class FollowUpStepInput
{
    public FollowUpStepKind? Kind { get; set; }

    public DateOnly? On { get; set; }

    public bool? Passed { get; set; }

    public string? Note { get; set; }

    public string? OverrideReason { get; set; }
}

/// <summary>
/// One batch (批次): the sampling record, the test items, the verdict, the follow-up timeline and its deadlines; for a
/// writer of the batch's region, the form for the next step and the publish button. It calls the API's handlers.
/// </summary>
[Authorize(Policy = Policies.InspectionRead)]
internal sealed class BatchDetailsModel(
    GetBatchHandler get, RecordFollowUpStepHandler record, PublishResultsHandler publish, IAuthorizationService authorization, ICallerContext caller) : PageModel
{
    /// <summary>The rules a writer may break with a stated reason; a refusal under one of them shows the reason field.</summary>
    private static readonly HashSet<string> Overridable =
        [nameof(ObjectionWithinWindow), nameof(SecondReinspectionWithinWindow), nameof(PublicationAfterObjectionWindow)];

    [BindProperty]
    public FollowUpStepInput Input { get; set; } = new();

    public BatchDetail Detail { get; private set; } = null!;

    /// <summary>True for a writer whose scope covers the batch: the step form and the publish button show.</summary>
    public bool CanWrite { get; private set; }

    /// <summary>The reason field shows after a refusal it could lift, when a reason was typed, or when a window the next step keeps has passed.</summary>
    public bool ShowOverride { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        // The form offers what may be recorded now and starts on the first step the law expects.
        Input.Kind = Detail.Clock is { } clock ? clock.NextSteps.Where(clock.AvailableSteps.Contains).Concat(clock.AvailableSteps).FirstOrDefault() : null;
        Input.On = Detail.Clock?.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostStepAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await this.MayAsync(authorization, Policies.InspectionWrite))
        {
            return Forbid();
        }

        var outcome = await record.HandleAsync(id, new RecordFollowUpStepRequest(
            Input.Kind, Input.On, Input.Passed, Input.Note, Input.OverrideReason), cancellationToken);
        if (outcome.IsSuccess)
        {
            TempData["zhixin.notice"] = InspectionText.Format("Detail.StepRecorded", FollowUpText.Step(outcome.Value!.Kind));
            return Redirect(InspectionRoutes.Batch(id) + "#follow-up");
        }

        ShowOverride = outcome.Kind == OutcomeKind.Conflict && Overridable.Contains(outcome.Rule ?? "");
        return await RerenderAsync(id, this.Failed(outcome, typeof(FollowUpStepInput), nameof(Input)), cancellationToken);
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await this.MayAsync(authorization, Policies.InspectionWrite))
        {
            return Forbid();
        }

        var outcome = await publish.PublishBatchAsync(id, cancellationToken);
        if (outcome.IsSuccess)
        {
            TempData["zhixin.notice"] = InspectionText.Get("Detail.PublishedNotice");
            return Redirect(InspectionRoutes.Batch(id));
        }

        return await RerenderAsync(id, this.Failed(outcome, typeof(FollowUpStepInput), nameof(Input)), cancellationToken);
    }

    public static string Badge(DeadlineStatus status) => status switch
    {
        DeadlineStatus.Overdue => "badge bad",
        DeadlineStatus.DueSoon or DeadlineStatus.MetLate or DeadlineStatus.Early => "badge warn",
        DeadlineStatus.Met => "badge ok",
        _ => "badge",
    };

    /// <summary>The outcome of a step in words: accepted or not for a decision, passed or not for a re-test or re-inspection.</summary>
    public static string Outcome(FollowUpStepKind kind, bool? passed) => (kind, passed) switch
    {
        (_, null) => "",
        (FollowUpStepKind.ObjectionDecided, true) => InspectionText.Get("Detail.Outcome.Accepted"),
        (FollowUpStepKind.ObjectionDecided, false) => InspectionText.Get("Detail.Outcome.Refused"),
        (_, true) => InspectionText.Get("Detail.Outcome.Passed"),
        (_, false) => InspectionText.Get("Detail.Outcome.Failed"),
    };

    private async Task<IActionResult> RerenderAsync(Guid id, IActionResult failed, CancellationToken cancellationToken)
    {
        if (failed is not PageResult)
        {
            return failed;
        }

        var status = Response.StatusCode;
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Response.StatusCode = status;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await get.HandleAsync(id, cancellationToken);
        if (!outcome.IsSuccess)
        {
            return false;
        }

        Detail = outcome.Value!;
        CanWrite = Detail.Clock is not null && InspectionAccess.Manages(caller.Current, Detail.Summary.RegionCode)
            && await this.MayAsync(authorization, Policies.InspectionWrite);
        ShowOverride |= !string.IsNullOrWhiteSpace(Input.OverrideReason) || WindowPassed(Detail.Clock);
        return true;
    }

    /// <summary>The objection window has lapsed or the second re-inspection is overdue while the step can still be recorded.</summary>
    private static bool WindowPassed(FollowUpClockView? clock) =>
        clock is not null && clock.Lines.Any(line =>
            (line.RuleId == FollowUpRuleIds.ObjectionWindow && line.Status == DeadlineStatus.Lapsed && clock.AvailableSteps.Contains(FollowUpStepKind.ObjectionFiled))
            || (line.RuleId == FollowUpRuleIds.SecondReinspection && line.Status == DeadlineStatus.Overdue));
}

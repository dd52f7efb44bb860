using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Credit.Features;
using Zhixin.Credit.Features.GetCreditFile;
using Zhixin.Credit.Lists;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Scoping;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Pages.Credit;

/// <summary>What a new case may be against: <c>listing:{id}</c> or <c>record:{id}</c>, and how the form names it.</summary>
internal sealed record TargetChoice(string Value, string Name)
{
    public static TargetChoice Of(ListingView listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        return new("listing:" + listing.Id.ToString("D"), CreditText.Format("Page.Cases.OptionListing", listing.KindName, listing.StatusName, listing.DecisionNumber ?? listing.NoticeNumber ?? ""));
    }

    public static TargetChoice Of(CreditRecordView record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var kind = record.Severity is null ? record.KindName : $"{record.KindName}（{CreditPageLabels.Severity(record.Severity)}）";
        return new("record:" + record.Id.ToString("D"), CreditText.Format("Page.Cases.OptionRecord", ChinaTime.Format(record.OccurredOn), kind, record.Title));
    }
}

/// <summary>
/// The form of a new case on one firm's file: the firm's own account for its own file, or a regulator on the firm's
/// behalf after giving its code. The choices are the listings and records of the file (read within the caller's
/// scope, so another firm's or another county's file is a 404); the API's handler decides whether the case may be
/// made, and a refusal shows with the rule it names. Success redirects to the new case (Post-Redirect-Get).
/// </summary>
[Authorize(Policy = Policies.CreditRead)]
internal abstract class NewCaseModel(GetCreditFileHandler files, ICallerContext caller, CaseKind kind) : PageModel
{
    /// <summary>The firm's code, which a regulator gives (a firm's own account has its own).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ListingId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? RecordId { get; set; }

    /// <summary>The firm's file; null while a regulator has not given a code.</summary>
    public CreditFileView? CreditFile { get; private set; }

    public IReadOnlyList<TargetChoice> Targets { get; private set; } = [];

    /// <summary>A firm's own account: no code to give.</summary>
    public bool ForOneFirm => caller.Current.Scope.EnterpriseCreditCode is not null;

    public CaseKind Kind { get; } = kind;

    /// <summary>The target the form shows chosen.</summary>
    public string? Chosen => ChosenTarget;

    /// <summary>The input's chosen target, <c>listing:{id}</c> or <c>record:{id}</c>.</summary>
    protected abstract string? ChosenTarget { get; set; }

    protected abstract Type InputType { get; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (FirmCode() is not { } code)
        {
            return Page();
        }

        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }

        ChosenTarget ??= ListingId is { } listing ? "listing:" + listing.ToString("D") : RecordId is { } record ? "record:" + record.ToString("D") : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Only a listing or record of this file may be chosen from its form; any other reads as not found.
        if (FirmCode() is not { } code || !await LoadAsync(code, cancellationToken)
            || (!string.IsNullOrEmpty(ChosenTarget) && Targets.All(t => t.Value != ChosenTarget)))
        {
            return NotFound();
        }

        var chosen = ChosenTarget?.Split(':');
        var id = chosen is [_, var text] && Guid.TryParse(text, CultureInfo.InvariantCulture, out var parsed) ? parsed : (Guid?)null;
        var outcome = await SubmitAsync(chosen?[0] == "listing" ? id : null, chosen?[0] == "record" ? id : null, cancellationToken);
        if (outcome.IsSuccess)
        {
            TempData["zhixin.notice"] = CreditText.Format(Kind.NewTexts + ".Notice", ChinaTime.Format(outcome.Value!.DueOn));
            return Redirect(Kind.Case(outcome.Value.Id));
        }

        if (outcome.Kind != OutcomeKind.Invalid)
        {
            return this.Failed(outcome, InputType, "Input");
        }

        // The handler names the missing target as its JSON field listingId; on this form it is the one choice.
        var errors = new FieldErrors();
        foreach (var (field, message) in outcome.Errors.All)
        {
            errors.Add(field == "listingId" ? "target" : field, message);
        }

        ModelState.AddFieldErrors(errors, InputType, "Input");
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>What the case may be against on this file.</summary>
    protected abstract IEnumerable<TargetChoice> Choose(CreditFileView file);

    /// <summary>The API's handler with the form's input and the chosen target.</summary>
    protected abstract Task<Outcome<ICaseView>> SubmitAsync(Guid? listingId, Guid? recordId, CancellationToken cancellationToken);

    private string? FirmCode() => caller.Current.Scope.EnterpriseCreditCode ?? (string.IsNullOrWhiteSpace(Code) ? null : Code.Trim().ToUpperInvariant());

    private async Task<bool> LoadAsync(string code, CancellationToken cancellationToken)
    {
        var file = await files.HandleAsync(code, cancellationToken);
        if (!file.IsSuccess)
        {
            return false;
        }

        CreditFile = file.Value!;
        Targets = [.. Choose(CreditFile)];
        return true;
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Credit.Features.GetCreditFile;
using Zhixin.Credit.Features.RecordCreditEntry;
using Zhixin.Credit.Features.VoidCreditRecord;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Pages.Credit;

/// <summary>A record as the form on the file page sends it; the names are those the handler gives its errors.</summary>
internal sealed class CreditRecordInput
{
    public string? Kind { get; set; }

    public string? Severity { get; set; }

    public DateOnly? OccurredOn { get; set; }

    public string? Title { get; set; }

    public string? Detail { get; set; }

    public string? DocumentNumber { get; set; }

    public string? Authority { get; set; }

    public string? SourceDepartmentCode { get; set; }
}

/// <summary>The void form of one record: which record, and why.</summary>
internal sealed class VoidRecordInput
{
    public Guid? RecordId { get; set; }

    public string? Reason { get; set; }
}

/// <summary>
/// 企业质量信用档案: one firm's file through <see cref="GetCreditFileHandler"/> (grade, breakdown, risk class for
/// regulators, outlook, records, history); for a regulator, the form to add a record and a void button per record,
/// which call the API's handlers.
/// </summary>
[Authorize(Policy = Policies.CreditRead)]
internal sealed class CreditEnterpriseModel(
    GetCreditFileHandler get, RecordCreditEntryHandler record, VoidCreditRecordHandler voids, IAuthorizationService authorization) : PageModel
{
    [BindProperty]
    public CreditRecordInput Input { get; set; } = new();

    [BindProperty]
    public VoidRecordInput Voiding { get; set; } = new();

    public CreditFileView CreditFile { get; private set; } = null!;

    /// <summary>True for a regulator: the record form and the void buttons show.</summary>
    public bool CanWrite { get; private set; }

    /// <summary>The record form starts open after a failed post, so its messages are seen.</summary>
    public bool AddFailed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) =>
        await LoadAsync(code, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRecordAsync(string code, CancellationToken cancellationToken)
    {
        if (!await this.MayAsync(authorization, Policies.CreditWrite))
        {
            return Forbid();
        }

        // The file must be in scope before anything is said about the form, so another region's firm stays a 404.
        if (!await LoadAsync(code, cancellationToken))
        {
            return NotFound();
        }

        AddFailed = true;
        if (ModelState.ReplaceUnboundValues(nameof(Input)))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var outcome = await record.HandleAsync(new RecordCreditEntryRequest(
            CreditFile.CreditCode, Input.Kind, Input.Severity, Input.OccurredOn, Input.Title, Input.Detail, Input.DocumentNumber, Input.Authority,
            Input.SourceDepartmentCode), cancellationToken);
        if (outcome.IsSuccess)
        {
            TempData["zhixin.notice"] = CreditText.Format("Page.Add.Notice", outcome.Value!.Record.Title, outcome.Value.Assessment.GradeName);
            return Redirect(CreditRoutes.Enterprise(CreditFile.CreditCode) + "#current");
        }

        return this.Failed(outcome, typeof(CreditRecordInput), nameof(Input));
    }

    public async Task<IActionResult> OnPostVoidAsync(string code, CancellationToken cancellationToken)
    {
        if (!await this.MayAsync(authorization, Policies.CreditWrite))
        {
            return Forbid();
        }

        // Only a record of this file may be voided from its page; any other id reads as not found.
        if (!await LoadAsync(code, cancellationToken) || Voiding.RecordId is not { } id || CreditFile.Records.All(r => r.Id != id))
        {
            return NotFound();
        }

        var outcome = await voids.HandleAsync(id, new VoidCreditRecordRequest(Voiding.Reason), cancellationToken);
        if (outcome.IsSuccess)
        {
            TempData["zhixin.notice"] = CreditText.Format("Page.Voided.Notice", outcome.Value!.Record.Title, outcome.Value.Assessment.GradeName);
            return Redirect(CreditRoutes.Enterprise(CreditFile.CreditCode) + "#current");
        }

        return this.Failed(outcome, typeof(VoidRecordInput), nameof(Voiding));
    }

    private async Task<bool> LoadAsync(string code, CancellationToken cancellationToken)
    {
        var outcome = await get.HandleAsync(code, cancellationToken);
        if (!outcome.IsSuccess)
        {
            return false;
        }

        CreditFile = outcome.Value!;
        CanWrite = await this.MayAsync(authorization, Policies.CreditWrite);
        return true;
    }
}

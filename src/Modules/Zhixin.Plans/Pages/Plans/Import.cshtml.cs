using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;
using Zhixin.Plans.Features.ImportPlan;

namespace Zhixin.Plans.Pages.Plans;

/// <summary>The import form: a .txt file or pasted text; after the preview, the document as the browser sends it back.</summary>
internal sealed class PlanImportInput
{
    /// <summary>Named as the handler names the document in its errors ("file").</summary>
    public IFormFile? File { get; set; }

    public string? Text { get; set; }

    /// <summary>The previewed document's bytes in base64, so that confirming needs no second upload.</summary>
    public string? Content { get; set; }

    public string? FileName { get; set; }
}

/// <summary>
/// 导入计划: 预览 runs <see cref="ImportPlanHandler"/> as a dry run and shows what it read; 确认导入 sends the
/// same bytes again for real and opens the new plan. Nothing is stored before the confirmation.
/// </summary>
[Authorize(Policy = Policies.PlansWrite)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes, ValueLengthLimit = MaxRequestBytes)]
internal sealed class PlanImportModel(ImportPlanHandler handler) : PageModel
{
    /// <summary>The document in base64 is a third larger than the document, and the form carries both fields.</summary>
    public const int MaxRequestBytes = ImportPlanHandler.MaxBytes / 3 * 4 + 1_000_000;

    private const string PastedFileName = "pasted.txt";

    [BindProperty]
    public PlanImportInput Input { get; set; } = new();

    public PlanPreview? Preview { get; private set; }

    public static int MaxMegabytes => ImportPlanHandler.MaxBytes / 1024 / 1024;

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        var (name, bytes) = await ReadDocumentAsync(cancellationToken);
        if (bytes is null)
        {
            return Invalid();
        }

        var outcome = await handler.HandleAsync(new ImportPlanRequest(name, bytes, DryRun: true), cancellationToken);
        if (!outcome.IsSuccess)
        {
            return this.Failed(outcome, typeof(PlanImportInput), nameof(Input));
        }

        Preview = outcome.Value;
        Input.Content = Convert.ToBase64String(bytes);
        Input.FileName = name;
        ModelState.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        if (!TryDecodeContent(out var bytes))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(PlanImportInput.File)}", PlansText.Get("Page.ImportChooseDocument"));
            return Invalid();
        }

        var name = Path.GetFileName(string.IsNullOrWhiteSpace(Input.FileName) ? PastedFileName : Input.FileName);
        var outcome = await handler.HandleAsync(new ImportPlanRequest(name, bytes, DryRun: false), cancellationToken);
        if (!outcome.IsSuccess)
        {
            // The document is kept out of the form again: a refused import is started anew.
            Input.Content = null;
            return this.Failed(outcome, typeof(PlanImportInput), nameof(Input));
        }

        var imported = outcome.Value!;
        TempData["zhixin.notice"] = PlansText.Format("Page.Imported", imported.Title ?? name, imported.Tasks.Count);
        return Redirect(PlansRoutes.Plan(imported.PlanId!.Value));
    }

    /// <summary>The uploaded file if there is one, else the pasted text as UTF-8; null bytes when neither was given.</summary>
    private async Task<(string Name, byte[]? Bytes)> ReadDocumentAsync(CancellationToken cancellationToken)
    {
        var field = $"{nameof(Input)}.{nameof(PlanImportInput.File)}";
        if (Input.File is { Length: > 0 } file)
        {
            if (file.Length > ImportPlanHandler.MaxBytes)
            {
                ModelState.AddModelError(field, PlansText.Format("Import.TooLarge", MaxMegabytes));
                return (file.FileName, null);
            }

            using var content = new MemoryStream();
            await file.CopyToAsync(content, cancellationToken);
            return (Path.GetFileName(file.FileName), content.ToArray());
        }

        if (!string.IsNullOrWhiteSpace(Input.Text))
        {
            return (PastedFileName, Encoding.UTF8.GetBytes(Input.Text));
        }

        ModelState.AddModelError(field, PlansText.Get(Input.File is null ? "Page.ImportChooseDocument" : "Import.Empty"));
        return (PastedFileName, null);
    }

    private bool TryDecodeContent(out byte[] bytes)
    {
        bytes = [];
        if (string.IsNullOrEmpty(Input.Content))
        {
            return false;
        }

        var buffer = new byte[Input.Content.Length];
        if (!Convert.TryFromBase64String(Input.Content, buffer, out var written) || written == 0)
        {
            return false;
        }

        bytes = buffer[..written];
        return true;
    }

    private PageResult Invalid()
    {
        Input.Content = null;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}

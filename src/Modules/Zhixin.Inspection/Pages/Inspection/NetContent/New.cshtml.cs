using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Inspection.Features.GetBatch;
using Zhixin.Inspection.Features.RecordNetContentCheck;
using Zhixin.Inspection.NetContent;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Web;

namespace Zhixin.Inspection.Pages.Inspection.NetContent;

/// <summary>
/// 新建净含量检验: measurements pasted one per line (or a text file), 试算 to see the whole calculation without storing
/// anything, then 保存. Both go through <see cref="RecordNetContentCheckHandler"/>, so the 试算 shows exactly what
/// would be stored. ?batch= fills in the firm, the product and the lot of a sampled batch.
/// </summary>
[Authorize(Policy = Policies.InspectionWrite)]
[RequestSizeLimit(MaxFileBytes * 2)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxFileBytes * 2)]
internal sealed class NewNetContentModel(RecordNetContentCheckHandler handler, GetBatchHandler batches, TimeProvider clock) : PageModel
{
    public const int MaxFileBytes = 256 * 1024;

    private const string MeasurementsKey = $"{nameof(Input)}.{nameof(NetContentForm.Measurements)}";

    [BindProperty]
    public NetContentForm Input { get; set; } = new();

    /// <summary>The calculation of a 试算, shown under the form.</summary>
    public NetContentResult? Trial { get; private set; }

    public static IReadOnlyList<NetContentUnit> Units => NetContentUnit.All;

    public static IReadOnlyList<NetContentEdition> Editions => NetContentEditions.Published.All;

    public async Task<IActionResult> OnGetAsync(Guid? batch, CancellationToken cancellationToken)
    {
        Input.CheckedOn = ChinaTime.Today(clock);
        Input.Unit = "g";
        if (batch is { } id)
        {
            var found = await batches.HandleAsync(id, cancellationToken);
            if (!found.IsSuccess)
            {
                return NotFound();
            }

            var sampled = found.Value!.Summary;
            Input.BatchId = id;
            Input.EnterpriseCreditCode = sampled.EnterpriseCreditCode;
            Input.ProductName = sampled.ProductName;
            Input.LotNumber = sampled.LotNumber;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostTrialAsync(CancellationToken cancellationToken)
    {
        var (request, lines) = await ReadAsync(cancellationToken);
        if (request is null)
        {
            return Invalid();
        }

        var outcome = await handler.EvaluateAsync(request, cancellationToken);
        if (!outcome.IsSuccess)
        {
            return Failed(outcome, lines);
        }

        Trial = outcome.Value!.Result;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (request, lines) = await ReadAsync(cancellationToken);
        if (request is null)
        {
            return Invalid();
        }

        var outcome = await handler.HandleAsync(request, cancellationToken);
        if (!outcome.IsSuccess)
        {
            return Failed(outcome, lines);
        }

        var saved = outcome.Value!.Summary;
        TempData["zhixin.notice"] = InspectionText.Format("NetContent.Page.Saved", saved.ProductName, saved.LotNumber, EnumLabels.Verdict(saved.Verdict));
        return Redirect(InspectionRoutes.NetContentCheck(saved.Id));
    }

    /// <summary>The request, or null with the reasons in the model state; and the text line each measurement came from.</summary>
    private async Task<(RecordNetContentCheckRequest? Request, IReadOnlyList<MeasurementLine> Lines)> ReadAsync(CancellationToken cancellationToken)
    {
        if (Input.MeasurementsFile is { Length: > 0 } file)
        {
            if (file.Length > MaxFileBytes)
            {
                ModelState.AddModelError(MeasurementsKey, InspectionText.Format("NetContent.Page.FileTooLarge", MaxFileBytes / 1024));
                return (null, []);
            }

            using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            Input.Measurements = await reader.ReadToEndAsync(cancellationToken);
            ModelState.Remove(MeasurementsKey);
        }

        if (ModelState.ReplaceUnboundValues())
        {
            return (null, []);
        }

        var (lines, bad) = MeasurementLines.Parse((Input.Measurements ?? "").Split('\n'));
        foreach (var line in bad)
        {
            ModelState.AddModelError(MeasurementsKey, InspectionText.Format("NetContent.Page.BadLine", line.Line, line.Text));
        }

        if (bad.Count > 0)
        {
            return (null, lines);
        }

        return (new RecordNetContentCheckRequest(Input.EnterpriseCreditCode, Input.ProductName, Input.LotNumber, Input.CheckedOn, Input.Nominal,
            Input.Unit, Input.LotSize, [.. lines.Select(l => l.Value)], Input.Edition, Input.BatchId), lines);
    }

    /// <summary>A measurement's error names its line in the text box; every other error goes beside its input.</summary>
    private IActionResult Failed<T>(Outcome<T> outcome, IReadOnlyList<MeasurementLine> lines)
    {
        if (outcome.Kind != OutcomeKind.Invalid)
        {
            return this.Failed(outcome, typeof(NetContentForm), nameof(Input));
        }

        var others = new FieldErrors();
        foreach (var (field, message) in outcome.Errors.All)
        {
            if (NetContentFields.MeasurementIndex(field) is { } index && index < lines.Count)
            {
                ModelState.AddModelError(MeasurementsKey, InspectionText.Format("NetContent.Page.LineError", lines[index].Line, message));
            }
            else
            {
                others.Add(field, message);
            }
        }

        ModelState.AddFieldErrors(others, typeof(NetContentForm), nameof(Input));
        return Invalid();
    }

    private PageResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}

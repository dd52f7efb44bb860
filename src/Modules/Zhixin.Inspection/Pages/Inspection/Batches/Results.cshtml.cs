using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.Features;
using Zhixin.Inspection.Features.GetBatch;
using Zhixin.Inspection.Features.GetSpotCheckPlan;
using Zhixin.Inspection.Features.ListCatalogue;
using Zhixin.Inspection.Features.RecordResults;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Web;

namespace Zhixin.Inspection.Pages.Inspection.Batches;

/// <summary>One row of the results table.</summary>
internal sealed class ResultItemInput
{
    public string? ItemName { get; set; }

    public string? StandardClause { get; set; }

    public string? Requirement { get; set; }

    public string? MeasuredValue { get; set; }

    public Verdict? Verdict { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(ItemName) && string.IsNullOrWhiteSpace(StandardClause) && string.IsNullOrWhiteSpace(Requirement)
        && string.IsNullOrWhiteSpace(MeasuredValue) && Verdict is null;
}

internal sealed class ResultsInput
{
    public string? Laboratory { get; set; }

    public string? ReportNumber { get; set; }

    public DateOnly? IssuedOn { get; set; }

    public List<ResultItemInput> Items { get; set; } = [];
}

/// <summary>
/// 录入检验结果: the lab's report on one batch, item by item, saved through <see cref="RecordResultsHandler"/>. The
/// table starts with the usual test items of the product's 实施细则 (the catalogue's list); rows left blank are
/// ignored, and 添加一行 adds one without losing what was typed.
/// </summary>
[Authorize(Policy = Policies.InspectionWrite)]
internal sealed class BatchResultsModel(
    GetBatchHandler batches,
    GetSpotCheckPlanHandler plans,
    ListCatalogueHandler catalogue,
    RecordResultsHandler record) : PageModel
{
    [BindProperty]
    public ResultsInput Input { get; set; } = new();

    public BatchDetail Batch { get; private set; } = null!;

    /// <summary>Results are recorded once; the page then only says so.</summary>
    public bool AlreadyRecorded => Batch.Summary.Verdict is not null;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!AlreadyRecorded)
        {
            var usual = await UsualItemsAsync(cancellationToken);
            Input.Items = usual.Count == 0 ? [new()] : [.. usual.Select(name => new ResultItemInput { ItemName = name })];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAddRowAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input.Items.Add(new());
        ModelState.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (ModelState.ReplaceUnboundValues())
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        // Blank rows are dropped; rows keeps where each sent item sits in the form, to put its errors back beside it.
        var rows = Input.Items.Select((item, index) => (item, index)).Where(r => !r.item.IsBlank).ToList();
        var request = new RecordResultsRequest(Input.Laboratory, Input.ReportNumber, Input.IssuedOn,
            [.. rows.Select(r => new TestItemInput(r.item.ItemName, r.item.StandardClause, r.item.Requirement, r.item.MeasuredValue, r.item.Verdict))]);
        var outcome = await record.HandleAsync(id, request, cancellationToken);
        if (outcome.IsSuccess)
        {
            TempData["zhixin.notice"] = InspectionText.Format("Batches.ResultsRecorded", outcome.Value!.SamplingNumber, EnumLabels.Verdict(outcome.Value.Verdict));
            return Redirect(InspectionRoutes.Batch(id));
        }

        if (outcome.Kind != OutcomeKind.Invalid)
        {
            return this.Failed(outcome, typeof(ResultsInput), nameof(Input));
        }

        var others = new FieldErrors();
        foreach (var (field, message) in outcome.Errors.All)
        {
            if (ItemKey(field, rows.Select(r => r.index).ToList()) is { } key)
            {
                ModelState.AddModelError(key, message);
            }
            else
            {
                others.Add(field, message);
            }
        }

        ModelState.AddFieldErrors(others, typeof(ResultsInput), nameof(Input));
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>items[2].verdict, for the form's third sent row, is Input.Items[n].Verdict where n is that row's place in the form.</summary>
    private static string? ItemKey(string field, List<int> formIndex)
    {
        if (field == "items")
        {
            return $"{nameof(Input)}.{nameof(ResultsInput.Items)}";
        }

        var close = field.IndexOf(']', StringComparison.Ordinal);
        if (!field.StartsWith("items[", StringComparison.Ordinal) || close < 7 || close + 2 >= field.Length
            || !int.TryParse(field.AsSpan(6, close - 6), NumberStyles.None, CultureInfo.InvariantCulture, out var sent) || sent >= formIndex.Count)
        {
            return null;
        }

        var property = field[(close + 2)..];
        return $"{nameof(Input)}.{nameof(ResultsInput.Items)}[{formIndex[sent]}].{char.ToUpperInvariant(property[0])}{property[1..]}";
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await batches.HandleAsync(id, cancellationToken);
        Batch = found.Value!;
        return found.IsSuccess;
    }

    /// <summary>The product's usual test items, from the catalogue edition of the batch's plan.</summary>
    private async Task<IReadOnlyList<string>> UsualItemsAsync(CancellationToken cancellationToken)
    {
        var plan = await plans.HandleAsync(Batch.Summary.PlanId, cancellationToken);
        if (!plan.IsSuccess)
        {
            return [];
        }

        var products = await catalogue.HandleAsync(new ListCatalogueRequest(plan.Value!.EditionCode, null, null, null), cancellationToken);
        return products.Products.FirstOrDefault(p => p.Code == Batch.Summary.ProductCode)?.TestItems ?? [];
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Inspection.Features.ImportResults;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Tabular;

namespace Zhixin.Inspection.Pages.Inspection.Batches;

/// <summary>
/// 导入检验结果: upload a lab's .xlsx; the page shows what was stored or, for a refused file, every error by row and
/// column. "Check only" runs the same checks and stores nothing. The template is the header row and one example.
/// </summary>
[Authorize(Policy = Policies.InspectionWrite)]
[RequestSizeLimit(ImportResultsEndpoint.MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportResultsEndpoint.MaxUploadBytes)]
internal sealed class ImportResultsModel(ImportResultsHandler handler) : PageModel
{
    public ImportResultsReport? Report { get; private set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public bool CheckOnly { get; set; }

    public static IReadOnlyList<(string Header, string Field, bool Required)> Columns => ResultColumns.All;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Upload is not { Length: > 0 })
        {
            ModelState.AddModelError(nameof(Upload), InspectionText.Get("Import.ChooseFile"));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var name = Path.GetFileName(Upload.FileName);
        await using var content = Upload.OpenReadStream();
        Report = await ImportResultsEndpoint.WithTemporaryFileAsync(name, content,
            path => handler.HandleAsync(new ImportResultsRequest(path, name, CheckOnly), cancellationToken), cancellationToken);
        if (!Report.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    public IActionResult OnGetTemplate()
    {
        using var file = new MemoryStream();
        using (var writer = TabularWriter.Create(file, TabularFormat.Xlsx, ResultColumns.Headers, InspectionText.Get("Import.SheetName")))
        {
            writer.WriteRow([.. ResultColumns.Example]);
        }

        return File(file.ToArray(), ImportResultsEndpoint.XlsxMediaType, "results-template.xlsx");
    }
}

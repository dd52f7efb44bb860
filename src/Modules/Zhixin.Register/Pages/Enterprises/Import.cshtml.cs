using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Platform.Identity;
using Zhixin.Register.Features.EnterpriseFiles;
using Zhixin.Register.Features.ImportEnterprises;

namespace Zhixin.Register.Pages.Enterprises;

/// <summary>
/// Upload a .csv or .xlsx of enterprises; the page shows what the import did or, for a rejected file, the
/// errors row by row with the full report to download. "Check only" runs the same checks and stores nothing.
/// </summary>
[Authorize(Policy = Policies.RegisterWrite)]
[RequestSizeLimit(ImportEnterprisesEndpoint.MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportEnterprisesEndpoint.MaxUploadBytes)]
internal sealed class EnterpriseImportModel(ImportEnterprisesHandler handler) : PageModel
{
    public const int ShownErrors = 500;

    public ImportReport? Report { get; private set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public bool CheckOnly { get; set; }

    public static IReadOnlyList<EnterpriseColumns.Column> Columns => EnterpriseColumns.All;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), RegisterText.Get("Import.ChooseFile"));
            return Page();
        }

        var name = Path.GetFileName(Upload.FileName);
        var temporary = Path.Combine(Path.GetTempPath(), $"zhixin-import-{Guid.NewGuid():N}{Path.GetExtension(name)}");
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await Upload.CopyToAsync(file, cancellationToken);
            }

            Report = await handler.HandleAsync(new ImportEnterprisesRequest(temporary, name, CheckOnly), null, cancellationToken);
        }
        finally
        {
            System.IO.File.Delete(temporary);
        }

        // A rejected file is a client error; the page still shows the report.
        if (Report.Status == Domain.ImportStatus.Rejected)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    /// <summary>A file with just the header row, to fill in.</summary>
    public IActionResult OnGetTemplate()
    {
        var header = string.Join(",", EnterpriseColumns.ExportHeader) + "\r\n";
        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(header)).ToArray();
        return File(bytes, "text/csv; charset=utf-8", "enterprises-template.csv");
    }
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zhixin.Register.Data;
using Zhixin.Register.Domain;

namespace Zhixin.Register.Features.ImportEnterprises;

/// <summary>
/// POST the file itself as the body (Content-Type text/csv, the xlsx media type or application/octet-stream;
/// no multipart, so a cross-site form cannot submit it) with its name in ?fileName=. 200 with the report when
/// imported or already imported; 400 problem details with the first row errors and a link to the full
/// report when rejected.
/// </summary>
internal static class ImportEnterprisesEndpoint
{
    public const long MaxUploadBytes = 300L * 1024 * 1024;

    private static readonly string[] AcceptedMediaTypes =
        ["text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/octet-stream"];

    public static async Task<Results<Ok<ImportReport>, ProblemHttpResult>> HandleAsync(
        HttpRequest request, [FromQuery] string? fileName, ImportEnterprisesHandler handler, CancellationToken cancellationToken)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim();
        if (mediaType is null || !AcceptedMediaTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
                detail: RegisterText.Format("Import.MediaType", mediaType ?? "", string.Join(", ", AcceptedMediaTypes)));
        }

        var name = Path.GetFileName(string.IsNullOrWhiteSpace(fileName) ? (mediaType.Contains("csv", StringComparison.Ordinal) ? "upload.csv" : "upload.xlsx") : fileName);
        var temporary = Path.Combine(Path.GetTempPath(), $"zhixin-import-{Guid.NewGuid():N}{Path.GetExtension(name)}");
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await request.Body.CopyToAsync(file, cancellationToken);
            }

            var report = await handler.HandleAsync(new ImportEnterprisesRequest(temporary, name), null, cancellationToken);
            return report.Status == ImportStatus.Imported ? TypedResults.Ok(report) : Rejected(report);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> ErrorReportAsync(Guid id, RegisterDbContext db, CancellationToken cancellationToken)
    {
        var report = await db.ImportBatches.AsNoTracking().Where(b => b.Id == id).Select(b => b.ErrorReport).FirstOrDefaultAsync(cancellationToken);
        if (report is null)
        {
            return TypedResults.NotFound();
        }

        // A byte order mark so that Excel on Chinese Windows reads the report as UTF-8.
        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(report)).ToArray();
        return TypedResults.File(bytes, "text/csv; charset=utf-8", $"import-errors-{id}.csv");
    }

    private static ProblemHttpResult Rejected(ImportReport report) => TypedResults.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status400BadRequest,
        Title = RegisterText.Get("Import.Rejected"),
        Detail = RegisterText.Format("Import.RejectedDetail", report.FileName, report.ErrorCount),
        Extensions =
        {
            ["batchId"] = report.BatchId,
            ["errorCount"] = report.ErrorCount,
            ["rows"] = report.Errors.Take(100).ToList(),
            ["errorReport"] = RegisterRoutes.ApiImportErrors(report.BatchId),
        },
    });
}

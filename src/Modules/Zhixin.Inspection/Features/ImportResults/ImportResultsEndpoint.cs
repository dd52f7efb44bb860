using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Zhixin.Inspection.Features.ImportResults;

/// <summary>
/// POST the file itself as the body (the xlsx media type, text/csv or application/octet-stream; no multipart, so a
/// cross-site form cannot submit it) with its name in ?fileName= and ?dryRun=true to check without storing. 200 with
/// the counts; 400 problem details listing the rows (file, row, column, value, reason) when anything is wrong, and
/// then nothing is stored.
/// </summary>
internal static class ImportResultsEndpoint
{
    public const long MaxUploadBytes = 30L * 1024 * 1024;

    public const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] AcceptedMediaTypes = [XlsxMediaType, "text/csv", "application/octet-stream"];

    public static async Task<Results<Ok<ImportResultsReport>, ProblemHttpResult>> HandleAsync(
        HttpRequest request, [FromQuery] string? fileName, [FromQuery] bool? dryRun, ImportResultsHandler handler, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var mediaType = request.ContentType?.Split(';')[0].Trim();
        if (mediaType is null || !AcceptedMediaTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
                detail: InspectionText.Format("Import.MediaType", mediaType ?? "", string.Join(", ", AcceptedMediaTypes)));
        }

        var name = Path.GetFileName(string.IsNullOrWhiteSpace(fileName) ? (mediaType.Contains("csv", StringComparison.Ordinal) ? "results.csv" : "results.xlsx") : fileName);
        var report = await WithTemporaryFileAsync(name, request.Body,
            path => handler.HandleAsync(new ImportResultsRequest(path, name, dryRun == true), cancellationToken), cancellationToken);
        return report.Succeeded ? TypedResults.Ok(report) : Rejected(report);
    }

    /// <summary>The table readers work on files: an upload is written to a temporary file, removed afterwards whatever happens.</summary>
    public static async Task<T> WithTemporaryFileAsync<T>(string fileName, Stream content, Func<string, Task<T>> use, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(use);
        var temporary = Path.Combine(Path.GetTempPath(), $"zhixin-results-{Guid.NewGuid():N}{Path.GetExtension(fileName)}");
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await content.CopyToAsync(file, cancellationToken);
            }

            return await use(temporary);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static ProblemHttpResult Rejected(ImportResultsReport report) => TypedResults.Problem(new ProblemDetails
    {
        Status = StatusCodes.Status400BadRequest,
        Title = InspectionText.Get("Import.Rejected"),
        Detail = InspectionText.Format("Import.RejectedDetail", report.FileName, report.ErrorCount),
        Extensions =
        {
            ["fileName"] = report.FileName,
            ["errorCount"] = report.ErrorCount,
            ["errors"] = report.Errors,
        },
    });
}

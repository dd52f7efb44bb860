using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Tabular;
using Zhixin.Platform.Web;
using Zhixin.Register.Features.EnterpriseFiles;
using Zhixin.Register.Features.SearchEnterprises;

namespace Zhixin.Register.Features.ExportEnterprises;

/// <summary>
/// Writes the enterprises a search finds (all of the caller's scope without filters) to CSV or XLSX, in the
/// import layout, streaming row by row. A file exported here imports back as "unchanged".
/// </summary>
internal sealed class ExportEnterprisesHandler(SearchEnterprisesHandler search)
{
    public async Task<Outcome<long>> HandleAsync(SearchEnterprisesRequest filter, Stream output, TabularFormat format, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var query = search.Filter(filter, errors);
        if (query is null)
        {
            return errors;
        }

        long count = 0;
        await using var writer = TabularWriter.Create(output, format, EnterpriseColumns.ExportHeader, "企业名录");
        await foreach (var enterprise in query.OrderBy(e => e.CreditCode).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            writer.WriteRow(EnterpriseColumns.ToRow(enterprise));
            count++;
        }

        return count;
    }

    public static TabularFormat? FormatOf(string? text) => text?.Trim().TrimStart('.').ToLowerInvariant() switch
    {
        "csv" => TabularFormat.Csv,
        "xlsx" => TabularFormat.Xlsx,
        _ => null,
    };
}

internal static class ExportEnterprisesEndpoint
{
    public static async Task<IResult> HandleAsync(
        [AsParameters] SearchEnterprisesQuery query, string? format, ExportEnterprisesHandler handler, TimeProvider clock, CancellationToken cancellationToken)
    {
        var kind = ExportEnterprisesHandler.FormatOf(format ?? "csv");
        if (kind is null)
        {
            Outcome<long> invalid = new FieldErrors().Add("format", RegisterText.Format("Export.FormatUnknown", format ?? ""));
            return invalid.ToProblem();
        }

        // The writers are synchronous (and leave their stream open); a temporary file keeps them off the
        // response stream and is deleted when the response closes it.
        var temporary = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        var outcome = await handler.HandleAsync(query.ToRequest(), temporary, kind.Value, cancellationToken);
        if (!outcome.IsSuccess)
        {
            await temporary.DisposeAsync();
            return outcome.ToProblem();
        }

        temporary.Position = 0;
        var stamp = clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture);
        var extension = kind == TabularFormat.Csv ? "csv" : "xlsx";
        var contentType = kind == TabularFormat.Csv ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        return TypedResults.File(temporary, contentType, $"enterprises-{stamp}.{extension}");
    }
}

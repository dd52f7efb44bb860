using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Zhixin.Inspection.Features.GetPassRates;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Tabular;
using Zhixin.Platform.Web;

namespace Zhixin.Inspection.Features.ExportPassRates;

/// <summary>
/// The pass-rate table as an XLSX workbook for people: a title, a header block with the period, filters and
/// interval method, then one row per cell in rank order with the interval bounds, small-cell, rank and
/// year-on-year columns, and the totals row. Rates are per cent with two decimals.
/// </summary>
internal sealed class ExportPassRatesHandler(GetPassRatesHandler table)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly (string Header, Func<PassRateCell, string?> Value)[] Figures =
    [
        ("Stats.Export.Rank", c => c.Rank?.Rank?.ToString(CultureInfo.InvariantCulture)),
        ("Stats.Export.RankNote", c => c.Rank is { Distinguishable: false } r ? InspectionText.Format("Stats.RankTied", r.GroupFirst, r.GroupLast) : null),
        ("Stats.Export.Tested", c => Count(c.Batches.Tested)),
        ("Stats.Export.Failed", c => Count(c.Batches.Failed)),
        ("Stats.Export.PassRate", c => Percent(c.Batches.Rate)),
        ("Stats.Export.PassLower", c => Percent(c.Batches.Lower)),
        ("Stats.Export.PassUpper", c => Percent(c.Batches.Upper)),
        ("Stats.Export.NonConformityRate", c => Percent(c.Batches.NonConformityRate)),
        ("Stats.Export.NonConformityLower", c => Percent(c.Batches.NonConformityLower)),
        ("Stats.Export.NonConformityUpper", c => Percent(c.Batches.NonConformityUpper)),
        ("Stats.Export.Firms", c => Count(c.Enterprises.Tested)),
        ("Stats.Export.FirmsFailed", c => Count(c.Enterprises.Failed)),
        ("Stats.Export.FirmPassRate", c => Percent(c.Enterprises.Rate)),
        ("Stats.Export.FirmPassLower", c => Percent(c.Enterprises.Lower)),
        ("Stats.Export.FirmPassUpper", c => Percent(c.Enterprises.Upper)),
        ("Stats.Export.SmallCell", c => c.SmallCell ? InspectionText.Get("Stats.Yes") : InspectionText.Get("Stats.No")),
        ("Stats.Export.EarlierTested", c => c.YearOnYear is { } y ? Count(y.EarlierTested) : null),
        ("Stats.Export.EarlierRate", c => Percent(c.YearOnYear?.EarlierRate)),
        ("Stats.Export.Change", c => Percent(c.YearOnYear?.Difference)),
        ("Stats.Export.ChangeLower", c => Percent(c.YearOnYear?.Lower)),
        ("Stats.Export.ChangeUpper", c => Percent(c.YearOnYear?.Upper)),
        ("Stats.Export.PValue", c => c.YearOnYear?.PValue.ToString("0.0000", CultureInfo.InvariantCulture)),
        ("Stats.Export.Significant", c => c.YearOnYear is { } y ? InspectionText.Get(y.Significant ? "Stats.Yes" : "Stats.No") : null),
    ];

    /// <summary>Writes the workbook; the number of cells written, or the same field errors as the table.</summary>
    public async Task<Outcome<int>> HandleAsync(GetPassRatesRequest request, Stream output, CancellationToken cancellationToken)
    {
        var outcome = await table.HandleAsync(request, cancellationToken);
        if (!outcome.IsSuccess)
        {
            return outcome.Map(_ => 0);
        }

        var rates = outcome.Value!;
        await using var writer = TabularWriter.Create(output, TabularFormat.Xlsx, [InspectionText.Get("Stats.Export.Title")], InspectionText.Get("Stats.Export.Sheet"));
        foreach (var line in rates.Basis.Description)
        {
            writer.WriteRow([line]);
        }

        if (rates.Basis.SummarisedAt is { } summarisedAt)
        {
            writer.WriteRow([InspectionText.Format("Stats.Page.Summarised", ChinaTime.Format(summarisedAt))]);
        }

        writer.WriteRow([InspectionText.Get("Stats.Export.Note")]);
        writer.WriteRow([]);
        var dimensions = rates.Basis.GroupBy;
        writer.WriteRow([
            .. dimensions.SelectMany(d => new[] { InspectionText.Format("Stats.Export.Code", InspectionText.Get("Stats.Dimension." + d)), InspectionText.Get("Stats.Dimension." + d) }),
            .. Figures.Select(f => InspectionText.Get(f.Header)),
        ]);
        foreach (var cell in rates.Cells)
        {
            writer.WriteRow([.. cell.Keys.SelectMany(k => new[] { k.Code, k.Name }), .. Figures.Select(f => f.Value(cell))]);
        }

        var totalKeys = new string?[dimensions.Count * 2];
        totalKeys[1] = rates.Total.Label;
        writer.WriteRow([.. totalKeys, .. Figures.Select(f => f.Value(rates.Total))]);
        return rates.Cells.Count;
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Percent(double? share) => share is { } value ? (value * 100).ToString("0.00", CultureInfo.InvariantCulture) : null;
}

internal static class ExportPassRatesEndpoint
{
    public static async Task<IResult> HandleAsync(
        [AsParameters] GetPassRatesRequest request, ExportPassRatesHandler handler, TimeProvider clock, CancellationToken cancellationToken)
    {
        // The writer is synchronous and leaves its stream open; a temporary file keeps it off the response
        // stream and is deleted when the response closes it.
        var temporary = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        var outcome = await handler.HandleAsync(request, temporary, cancellationToken);
        if (!outcome.IsSuccess)
        {
            await temporary.DisposeAsync();
            return outcome.ToProblem();
        }

        temporary.Position = 0;
        var stamp = clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
        return TypedResults.File(temporary, ExportPassRatesHandler.ContentType, $"pass-rates-{stamp}.xlsx");
    }
}

using Microsoft.EntityFrameworkCore;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.Features.GetPassRates;
using Zhixin.Platform.Data;

namespace Zhixin.Inspection.Features.PassRateSummary;

/// <summary>The counts of a table read from the pre-aggregate, in the shape the live grouped queries give them.</summary>
internal sealed class PassRateSummaryReader(InspectionDbContext db)
{
    /// <summary>Of <paramref name="years"/>, those whose pre-aggregate is current, with the time it was counted.</summary>
    public async Task<IReadOnlyDictionary<int, DateTimeOffset>> CurrentYearsAsync(IReadOnlyCollection<int> years, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(years);
        var current = await db.SummaryYears.AsNoTracking()
            .Where(y => years.Contains(y.SampleYear) && y.BuiltFrom == y.Changes && y.BuiltAt != null)
            .Select(y => new { y.SampleYear, y.BuiltAt })
            .ToListAsync(cancellationToken);
        return current.ToDictionary(y => y.SampleYear, y => y.BuiltAt!.Value);
    }

    /// <summary>The year's cells of the slice; with <paramref name="enterprises"/> false their enterprise counts are 0, as the live batches-only query gives.</summary>
    public async Task<List<CellCounts>> CellsAsync(SummarySlice slice, int year, bool enterprises, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slice);
        var rows = db.SummaryCells.AsNoTracking().Where(c => c.SampleYear == year);
        rows = slice.ByRegion
            ? rows.Where(c => c.RegionLevel == slice.GroupLevel).WhereBetween(c => c.RegionCode, slice.From, slice.To)
            : rows.Where(c => c.RegionLevel == slice.AreaLevel && c.RegionCode == slice.Area);
        rows = Products(rows, slice, slice.ByProduct);
        var cells = await rows.ToListAsync(cancellationToken);
        return [.. cells.Select(c => new CellCounts(
            Key(slice, 0, c),
            slice.Dimensions.Count > 1 ? Key(slice, 1, c) : "",
            c.Tested,
            c.Failed,
            enterprises ? c.Firms : 0,
            enterprises ? c.FirmsFailed : 0,
            c.ProductName))];
    }

    /// <summary>The year's totals row of the area, or the trend's point of one year: enterprises counted once across the area.</summary>
    public async Task<CellCounts> TotalAsync(SummarySlice slice, int year, bool enterprises, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slice);
        var row = await AreaRows(slice, year, byProduct: false).SingleOrDefaultAsync(cancellationToken);
        return row is null
            ? new CellCounts("", "", 0, 0, 0, 0)
            : new CellCounts("", "", row.Tested, row.Failed, enterprises ? row.Firms : 0, enterprises ? row.FirmsFailed : 0);
    }

    /// <summary>The name of every product in the area in the year: the greatest name among its batches there, as the live table names them.</summary>
    public async Task<Dictionary<string, string>> ProductNamesAsync(SummarySlice slice, int year, CancellationToken cancellationToken) =>
        await AreaRows(slice, year, byProduct: true)
            .Select(c => new { c.ProductCode, c.ProductName })
            .ToDictionaryAsync(c => c.ProductCode, c => c.ProductName ?? c.ProductCode, cancellationToken);

    private IQueryable<PassRateSummaryCell> AreaRows(SummarySlice slice, int year, bool byProduct) =>
        Products(
            db.SummaryCells.AsNoTracking().Where(c => c.SampleYear == year && c.RegionLevel == slice.AreaLevel && c.RegionCode == slice.Area),
            slice,
            byProduct);

    /// <summary>Rows per product (those of the filter's product only, if any), or the all-products row (or the filter's product's).</summary>
    private static IQueryable<PassRateSummaryCell> Products(IQueryable<PassRateSummaryCell> rows, SummarySlice slice, bool byProduct) =>
        slice.Product is { } product ? rows.Where(c => c.ProductCode == product)
        : byProduct ? rows.Where(c => c.ProductCode != "")
        : rows.Where(c => c.ProductCode == "");

    private static string Key(SummarySlice slice, int position, PassRateSummaryCell cell) =>
        slice.Dimensions[position] == PassRateDimension.Product ? cell.ProductCode : cell.RegionCode;
}

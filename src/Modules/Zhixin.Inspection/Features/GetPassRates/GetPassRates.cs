using System.Linq.Expressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.Features.PassRateSummary;
using Zhixin.Inspection.Statistics;
using Zhixin.Platform.Web;

namespace Zhixin.Inspection.Features.GetPassRates;

/// <summary>
/// Pass rates of the tested batches in the caller's scope, grouped by one or two dimensions: per cell the batch
/// and enterprise rates with intervals, the small-cell flag, the ranking (withheld where intervals overlap) and the
/// change from the same period a year earlier; the totals row; and the output-weighted rate when weights are given.
/// </summary>
internal sealed class GetPassRatesHandler(InspectionDbContext db, PassRateSummaryReader summaries)
{
    public async Task<Outcome<GetPassRatesResponse>> HandleAsync(GetPassRatesRequest request, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var spec = PassRatesSpec.Parse(request, db.Caller.RegionCode, errors);
        if (spec is null)
        {
            return errors;
        }

        var summary = SummarySlice.For(spec.Filter, spec.Dimensions, spec.RegionLevel, db.Caller);
        var current = summary is not null && spec.Period.Year is { } year && spec.Period.Quarter is null
            ? await summaries.CurrentYearsAsync([year, year - 1], cancellationToken)
            : new Dictionary<int, DateTimeOffset>();
        var thisYear = spec.Period.Year ?? 0;
        var counts = current.TryGetValue(thisYear, out var summarisedAt)
            ? await SummarisedAsync(spec, summary!, thisYear, cancellationToken)
            : await LiveAsync(spec, cancellationToken);
        // The year before is compared by its batch rate only, so its enterprises are not counted, and its totals
        // row is the sum of its cells (every batch falls in exactly one cell).
        var earlierCells = (current.ContainsKey(thisYear - 1)
                ? await summaries.CellsAsync(summary!, thisYear - 1, enterprises: false, cancellationToken)
                : await PassRateCounts.BatchesOnly(Tested(spec, spec.Period.YearEarlier()), FirstKey(spec), SecondKey(spec)).ToListAsync(cancellationToken))
            .ToDictionary(c => (c.First, c.Second));
        var earlierTotal = new CellCounts("", "", earlierCells.Values.Sum(c => c.Tested), earlierCells.Values.Sum(c => c.Failed), 0, 0);
        var (cells, total, names) = counts;

        var options = spec.Filter.Options;
        var rated = cells.Select(c => (Counts: c, Rates: Rates(c, options))).ToList();
        var ranked = PassRateRanking.Rank(rated, c => c.Rates.Batches, spec.Order);
        var rows = ranked.Select(r => Cell(
                Keys(spec, r.Item.Counts, names), r.Item.Rates, earlierCells.GetValueOrDefault((r.Item.Counts.First, r.Item.Counts.Second)), options,
                new CellRank(r.Position!.Value, r.Rank, r.Group!.Value, r.GroupFirst!.Value, r.GroupLast!.Value, r.Distinguishable)))
            .ToList();
        var totalRow = Cell([], Rates(total, options), earlierTotal, options, null);

        WeightedPassRate? weighted = null;
        if (spec.Weights is { Count: > 0 } weights)
        {
            weighted = Weighted(spec, weights, cells, names, errors);
            if (!errors.IsEmpty)
            {
                return errors;
            }
        }

        var basis = new PassRatesBasis(
            spec.Period.Describe(),
            spec.Period.YearEarlier().Describe(),
            [.. spec.Dimensions.Select(PassRateDimensions.NameOf)],
            spec.Dimensions.Contains(PassRateDimension.Region) ? spec.RegionLevel.ToString().ToLowerInvariant() : null,
            spec.Filter.MethodName,
            options.ConfidenceLevel,
            spec.Order == RankOrder.HighestPassRateFirst ? "best" : "worst",
            [InspectionText.Format("Stats.Filter.Period", spec.Period.Describe()), .. spec.Filter.Describe(db.Caller.RegionCode)],
            current.ContainsKey(thisYear) ? summarisedAt : null);
        return new GetPassRatesResponse(basis, rows, totalRow, weighted);
    }

    /// <summary>The period's cells, totals row and names counted from the batches.</summary>
    private async Task<TableCounts> LiveAsync(PassRatesSpec spec, CancellationToken cancellationToken)
    {
        var current = Tested(spec, spec.Period);
        var cells = await (spec.Dimensions.Contains(PassRateDimension.Product)
                ? PassRateCounts.GroupedWithNames(current, FirstKey(spec), SecondKey(spec))
                : PassRateCounts.Grouped(current, FirstKey(spec), SecondKey(spec)))
            .ToListAsync(cancellationToken);
        var total = await PassRateCounts.TotalAsync(current, cancellationToken);
        var names = await NamesAsync(spec, current, cells, cancellationToken);
        return new TableCounts(Ordered(cells), total, names);
    }

    /// <summary>The same from the year's pre-aggregate, which gives exactly the live counts while it is current.</summary>
    private async Task<TableCounts> SummarisedAsync(PassRatesSpec spec, SummarySlice slice, int year, CancellationToken cancellationToken)
    {
        var cells = await summaries.CellsAsync(slice, year, enterprises: true, cancellationToken);
        var total = await summaries.TotalAsync(slice, year, enterprises: true, cancellationToken);
        var names = new Dictionary<PassRateDimension, Dictionary<string, string>>();
        if (slice.ByProduct)
        {
            names[PassRateDimension.Product] = await summaries.ProductNamesAsync(slice, year, cancellationToken);
        }

        return new TableCounts(Ordered(cells), total, names);
    }

    /// <summary>Cells in key order, so that cells of equal rate keep one order in the ranking whichever way they were counted.</summary>
    private static List<CellCounts> Ordered(List<CellCounts> cells) =>
        [.. cells.OrderBy(c => c.First, StringComparer.Ordinal).ThenBy(c => c.Second, StringComparer.Ordinal)];

    private static Expression<Func<SampleBatch, string>> FirstKey(PassRatesSpec spec) => PassRateDimensions.Key(spec.Dimensions[0], spec.RegionLevel);

    private static Expression<Func<SampleBatch, string>>? SecondKey(PassRatesSpec spec) =>
        spec.Dimensions.Count > 1 ? PassRateDimensions.Key(spec.Dimensions[1], spec.RegionLevel) : null;

    private IQueryable<SampleBatch> Tested(PassRatesSpec spec, StatisticsPeriod period) =>
        spec.Filter.Apply(period.Apply(db.Batches.AsNoTracking()));

    private static SpotCheckRates Rates(CellCounts counts, RateOptions options) =>
        SpotCheckRates.Of(counts.Tested, counts.Failed, counts.Firms, counts.FirmsFailed, options);

    private static PassRateCell Cell(List<CellKey> keys, SpotCheckRates rates, CellCounts? earlierCounts, RateOptions options, CellRank? rank)
    {
        var earlier = PassRate.Of(earlierCounts?.Tested ?? 0, earlierCounts?.Failed ?? 0, options);
        var change = RateChange.Of(earlier, ProportionChange.InPassRate(earlier, rates.Batches));
        var label = keys.Count == 0 ? InspectionText.Get("Stats.Total") : string.Join(" · ", keys.Select(k => k.Name));
        return new PassRateCell(keys, label, RateView.Of(rates.Batches), RateView.Of(rates.Enterprises), rates.Batches.SmallCell, rank, change);
    }

    private static List<CellKey> Keys(PassRatesSpec spec, CellCounts counts, IReadOnlyDictionary<PassRateDimension, Dictionary<string, string>> names)
    {
        var keys = new List<CellKey>(spec.Dimensions.Count);
        for (var i = 0; i < spec.Dimensions.Count; i++)
        {
            var dimension = spec.Dimensions[i];
            var code = PassRateDimensions.Code(dimension, i == 0 ? counts.First : counts.Second);
            keys.Add(new CellKey(PassRateDimensions.NameOf(dimension), code, PassRateDimensions.Label(dimension, code, names.GetValueOrDefault(dimension) ?? [])));
        }

        return keys;
    }

    /// <summary>
    /// Product names as the batches carry them (the greatest name of each product's batches in the period), category
    /// names from the catalogue. Product names come with the cells; only a product whose cells disagree is asked
    /// again, since which name is greatest follows the database's collation.
    /// </summary>
    private async Task<Dictionary<PassRateDimension, Dictionary<string, string>>> NamesAsync(
        PassRatesSpec spec, IQueryable<SampleBatch> current, List<CellCounts> cells, CancellationToken cancellationToken)
    {
        var names = new Dictionary<PassRateDimension, Dictionary<string, string>>();
        var position = spec.Dimensions.ToList().IndexOf(PassRateDimension.Product);
        if (position >= 0)
        {
            var byProduct = cells.GroupBy(c => position == 0 ? c.First : c.Second)
                .ToDictionary(g => g.Key, g => g.Select(c => c.Name).Distinct(StringComparer.Ordinal).ToList());
            var products = byProduct.Where(p => p.Value.Count == 1).ToDictionary(p => p.Key, p => p.Value[0] ?? p.Key);
            var disagreeing = byProduct.Where(p => p.Value.Count > 1).Select(p => p.Key).ToList();
            if (disagreeing.Count > 0)
            {
                foreach (var name in await current.Where(b => disagreeing.Contains(b.ProductCode)).GroupBy(b => b.ProductCode)
                    .Select(g => new { g.Key, Name = g.Max(b => b.ProductName) })
                    .ToListAsync(cancellationToken))
                {
                    products[name.Key] = name.Name ?? name.Key;
                }
            }

            names[PassRateDimension.Product] = products;
        }

        if (spec.Dimensions.Contains(PassRateDimension.Category))
        {
            var codes = current.Select(b => b.CategoryCode).Distinct();
            names[PassRateDimension.Category] = await db.CatalogueProducts.AsNoTracking()
                .Where(p => codes.Contains(p.CategoryCode))
                .GroupBy(p => p.CategoryCode)
                .Select(g => new { g.Key, Name = g.Max(p => p.CategoryName) })
                .ToDictionaryAsync(x => x.Key, x => x.Name ?? x.Key, cancellationToken);
        }

        return names;
    }

    /// <summary>
    /// The first dimension's cells (summed over the second) as strata with the weights given. Keys without a weight
    /// are left out; a weight for a key with no tested batch is an error naming the key, as StratifiedRate requires.
    /// </summary>
    private static WeightedPassRate? Weighted(
        PassRatesSpec spec, IReadOnlyList<OutputWeight> weights, List<CellCounts> cells,
        IReadOnlyDictionary<PassRateDimension, Dictionary<string, string>> names, FieldErrors errors)
    {
        var dimension = spec.Dimensions[0];
        var strata = cells.GroupBy(c => PassRateDimensions.Code(dimension, c.First), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (Tested: g.Sum(c => c.Tested), Failed: g.Sum(c => c.Failed)), StringComparer.OrdinalIgnoreCase);
        foreach (var weight in weights.Where(w => !strata.ContainsKey(w.Key)))
        {
            errors.Add("weights", InspectionText.Format("Stats.WeightKeyUnknown", weight.Key, PassRateDimensions.NameOf(dimension)));
        }

        if (!errors.IsEmpty)
        {
            return null;
        }

        var used = weights.Select(w => (Weight: w, Code: strata.Keys.First(k => string.Equals(k, w.Key, StringComparison.OrdinalIgnoreCase)))).ToList();
        var estimate = StratifiedRate.Estimate(
            used.Select(u => new Stratum(u.Code, u.Weight.Weight, strata[u.Code].Tested, strata[u.Code].Failed)),
            spec.Filter.Options.ConfidenceLevel);
        var totalWeight = weights.Sum(w => w.Weight);
        var views = used.Select(u =>
        {
            var (tested, failed) = strata[u.Code];
            var name = PassRateDimensions.Label(dimension, u.Code, names.GetValueOrDefault(dimension) ?? []);
            return new WeightedStratum(u.Code, name, u.Weight.Weight, u.Weight.Weight / totalWeight, tested, failed, (double)(tested - failed) / tested);
        }).ToList();
        var pooled = PassRate.Of(estimate.Pooled.Tested, estimate.Pooled.Failed, spec.Filter.Options);
        return new WeightedPassRate(
            PassRateDimensions.NameOf(dimension), estimate.Rate, estimate.WilsonInterval.Lower, estimate.WilsonInterval.Upper,
            estimate.NormalInterval.Lower, estimate.NormalInterval.Upper, estimate.EffectiveSampleSize, RateView.Of(pooled), views);
    }
}

/// <summary>A table's counts before rates: its cells, its totals row, and the names of its products and categories.</summary>
internal sealed record TableCounts(
    List<CellCounts> Cells, CellCounts Total, Dictionary<PassRateDimension, Dictionary<string, string>> Names);

internal static class GetPassRatesEndpoint
{
    public static async Task<Results<Ok<GetPassRatesResponse>, ProblemHttpResult>> HandleAsync(
        [AsParameters] GetPassRatesRequest request, GetPassRatesHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}

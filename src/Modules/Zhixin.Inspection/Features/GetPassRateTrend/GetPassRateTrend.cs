using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Features.GetPassRates;
using Zhixin.Inspection.Features.PassRateSummary;
using Zhixin.Inspection.Statistics;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Web;

namespace Zhixin.Inspection.Features.GetPassRateTrend;

/// <summary>The trend's query string: years <c>fromYear</c>–<c>toYear</c> (default the last five), <c>by</c> year or quarter, and the table's filters.</summary>
internal sealed record GetPassRateTrendRequest(
    int? FromYear,
    int? ToYear,
    string? By,
    string? Product,
    string? Category,
    string? Region,
    string? Channel,
    string? FirmSize,
    Guid? Plan,
    string? Method,
    double? ConfidenceLevel);

internal sealed record GetPassRateTrendResponse(string By, string Method, double ConfidenceLevel, IReadOnlyList<string> Description, IReadOnlyList<TrendPeriod> Periods);

/// <summary>One period with both rates and the change in batch pass rate from the period before (null after an empty period).</summary>
internal sealed record TrendPeriod(string Period, string Label, int Year, int? Quarter, RateView Batches, RateView Enterprises, RateChange? FromPrevious);

/// <summary>
/// The pass rate per year or per quarter over a range of years, every period listed (an empty one breaks the
/// chain of changes, see <see cref="PassRateTrend"/>), from one grouped query over the range.
/// </summary>
internal sealed class GetPassRateTrendHandler(InspectionDbContext db, PassRateSummaryReader summaries, TimeProvider clock)
{
    public const int MaxYears = 20;
    public const int DefaultYears = 5;

    public Task<Outcome<GetPassRateTrendResponse>> HandleAsync(GetPassRateTrendRequest request, CancellationToken cancellationToken) =>
        HandleAsync(request, enterprises: true, cancellationToken);

    /// <param name="request">The range, the periods and the filters.</param>
    /// <param name="enterprises">
    /// False leaves every period's enterprise rate empty (nothing counted): for a chart that draws batch rates only, it
    /// spares counting the distinct firms of every year in the range, the costliest part of the query.
    /// </param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<Outcome<GetPassRateTrendResponse>> HandleAsync(GetPassRateTrendRequest request, bool enterprises, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var filter = PassRateFilter.Parse(errors, request.Product, request.Category, request.Region, request.Channel, request.FirmSize,
            request.Plan, request.Method, request.ConfidenceLevel);
        var toYear = request.ToYear ?? ChinaTime.Today(clock).Year;
        var fromYear = request.FromYear ?? toYear - DefaultYears + 1;
        StatisticsPeriod.RequireYear(errors, "fromYear", fromYear);
        StatisticsPeriod.RequireYear(errors, "toYear", toYear);
        if (toYear < fromYear || toYear - fromYear >= MaxYears)
        {
            errors.Add("toYear", InspectionText.Format("Stats.TrendYears", MaxYears));
        }

        var byQuarter = request.By?.Trim().ToLowerInvariant() switch
        {
            null or "" or "year" => false,
            "quarter" => true,
            _ => (bool?)null,
        };
        if (byQuarter is null)
        {
            errors.Add("by", InspectionText.Get("Stats.TrendByInvalid"));
        }

        if (!errors.IsEmpty)
        {
            return errors;
        }

        // Years whose pre-aggregate is current are read from it (one row each); the others are counted from the batches.
        var summary = byQuarter == true ? null : SummarySlice.For(filter, [], default, db.Caller);
        var summarised = summary is null
            ? new Dictionary<int, DateTimeOffset>()
            : await summaries.CurrentYearsAsync([.. Enumerable.Range(fromYear, toYear - fromYear + 1)], cancellationToken);
        var liveYears = Enumerable.Range(fromYear, toYear - fromYear + 1).Where(y => !summarised.ContainsKey(y)).ToList();
        var tested = filter.Apply(db.Batches.AsNoTracking().Where(b => b.SampleYear >= fromYear && b.SampleYear <= toYear && liveYears.Contains(b.SampleYear)));
        var quarterKey = byQuarter == true ? PassRateDimensions.Key(PassRateDimension.Quarter, default) : null;
        var counts = liveYears.Count == 0
            ? new Dictionary<(int, int), CellCounts>()
            : (await (enterprises
                    ? PassRateCounts.Grouped(tested, PassRateDimensions.Year(), quarterKey)
                    : PassRateCounts.BatchesOnly(tested, PassRateDimensions.Year(), quarterKey))
                .ToListAsync(cancellationToken))
            .ToDictionary(c => (int.Parse(c.First, CultureInfo.InvariantCulture), byQuarter == true ? int.Parse(c.Second, CultureInfo.InvariantCulture) : 0));
        foreach (var year in summarised.Keys)
        {
            counts[(year, 0)] = await summaries.TotalAsync(summary!, year, enterprises, cancellationToken);
        }

        var periods = Enumerable.Range(fromYear, toYear - fromYear + 1)
            .SelectMany(year => byQuarter == true ? Enumerable.Range(1, 4).Select(q => (Year: year, Quarter: q)) : [(Year: year, Quarter: 0)])
            .Select(p => (p.Year, p.Quarter, Counts: counts.GetValueOrDefault((p.Year, p.Quarter))))
            .Select(p => (p.Year, p.Quarter, Rates: SpotCheckRates.Of(
                p.Counts?.Tested ?? 0, p.Counts?.Failed ?? 0, p.Counts?.Firms ?? 0, p.Counts?.FirmsFailed ?? 0, filter.Options)))
            .ToList();
        var points = PassRateTrend.Build(periods, p => p.Rates.Batches).Select((point, index) =>
        {
            var (year, quarter, rates) = point.Period;
            var earlier = index > 0 ? periods[index - 1].Rates.Batches : PassRate.Of(0, 0, filter.Options);
            return new TrendPeriod(
                quarter == 0 ? year.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{year}-Q{quarter}"),
                quarter == 0 ? StatisticsLabels.Year(year) : StatisticsLabels.YearQuarter(year, quarter),
                year,
                quarter == 0 ? null : quarter,
                RateView.Of(rates.Batches),
                RateView.Of(rates.Enterprises),
                RateChange.Of(earlier, point.FromPrevious));
        }).ToList();
        return new GetPassRateTrendResponse(byQuarter == true ? "quarter" : "year", filter.MethodName, filter.Options.ConfidenceLevel, filter.Describe(db.Caller.RegionCode), points);
    }
}

internal static class GetPassRateTrendEndpoint
{
    public static async Task<Results<Ok<GetPassRateTrendResponse>, ProblemHttpResult>> HandleAsync(
        [AsParameters] GetPassRateTrendRequest request, GetPassRateTrendHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.Features;
using Zhixin.Platform.Data;
using Zhixin.Platform.Indicators;
using Zhixin.Platform.Scoping;

namespace Zhixin.Inspection.Indicators;

/// <summary>
/// 产品质量监督抽查合格率 for the plans module: the batch pass rate, in per cent with two decimals, of the batches
/// tested in a region ("000000" the whole country) in a year.
/// </summary>
/// <remarks>
/// The figure fills a plan's target, which every official reads, so it must not depend on who asked for the
/// refresh: a county official refreshing a provincial plan would otherwise store the county's rate as the
/// province's. It is therefore counted in a scope of its own acting as the system, whatever the caller's scope.
/// Only aggregate counts leave that scope. The class keeps no state, so any lifetime is safe.
/// </remarks>
internal sealed class PassRateIndicator(IServiceProvider services) : IIndicatorSource
{
    public const string Id = "inspection.pass-rate";

    public string IndicatorId => Id;

    public async Task<IndicatorValue?> ValueAsync(string regionCode, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(regionCode);
        await using var scope = SystemScope.Create(services, Id);
        var db = scope.ServiceProvider.GetRequiredService<InspectionDbContext>();
        var tested = db.Batches.AsNoTracking().Where(b => b.SampleYear == year && b.Verdict != null);
        if (regionCode != "000000")
        {
            var (from, to) = InspectionAccess.Range(regionCode);
            tested = tested.WhereBetween(b => b.RegionCode, from, to);
        }

        var counts = await tested.GroupBy(b => 1)
            .Select(g => new { Tested = g.Count(), Failed = g.Count(b => b.Verdict == Verdict.Fail) })
            .SingleOrDefaultAsync(cancellationToken);
        if (counts is null || counts.Tested == 0)
        {
            return null;
        }

        var passed = counts.Tested - counts.Failed;
        var percent = Math.Round(100m * passed / counts.Tested, 2, MidpointRounding.AwayFromZero);
        return new IndicatorValue(percent, InspectionText.Format("Stats.IndicatorSource", counts.Tested, passed));
    }
}

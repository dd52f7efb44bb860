using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Indicators;
using Zhixin.Plans.Data;

namespace Zhixin.Plans.Features.RefreshComputedIndicators;

/// <summary>
/// Fills the actual value of every target bound to an indicator the platform computes, from the module that
/// computes it. Targets whose indicator no installed module computes keep what people recorded.
/// </summary>
internal sealed class RefreshComputedIndicatorsHandler(PlansDbContext db, IEnumerable<IIndicatorSource> sources, TimeProvider clock)
{
    public async Task<int> HandleAsync(CancellationToken cancellationToken)
    {
        var byId = sources.ToDictionary(s => s.IndicatorId, StringComparer.Ordinal);
        if (byId.Count == 0)
        {
            return 0;
        }

        var ids = byId.Keys.ToList();
        var targets = await (
                from t in db.Targets
                join p in db.Plans on t.PlanId equals p.Id
                where t.ComputedBy != null && ids.Contains(t.ComputedBy)
                select new { Target = t, p.RegionCode, p.EndsOn })
            .ToListAsync(cancellationToken);
        var filled = 0;
        foreach (var row in targets)
        {
            var year = row.Target.Year ?? row.EndsOn.Year;
            var value = await byId[row.Target.ComputedBy!].ValueAsync(row.RegionCode, year, cancellationToken);
            if (value is null || (row.Target.Actual == value.Value && row.Target.ActualSource == value.Source))
            {
                continue;
            }

            row.Target.Actual = value.Value;
            row.Target.ActualSource = value.Source;
            row.Target.ActualRecordedAt = clock.GetUtcNow();
            row.Target.ActualRecordedBy = db.Caller.Name;
            filled++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return filled;
    }
}

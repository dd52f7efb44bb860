using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Data;
using Zhixin.Credit.Features.SetInspectionRatios;
using Zhixin.Inspection.Contracts;

namespace Zhixin.Credit.Features.ProvideRiskClasses;

/// <summary>
/// Gives the spot-check module each firm's current internal risk class, so that the sample allocation and the
/// 双随机 pools weigh firms by it (差异化监管). Only the letter leaves this module, within the caller's scope.
/// </summary>
internal sealed class CreditRiskClasses(CreditDbContext db) : ICreditRiskClasses
{
    public async Task<IReadOnlyDictionary<string, char>> ClassesAsync(IReadOnlyCollection<string> creditCodes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(creditCodes);
        var classes = new Dictionary<string, char>(StringComparer.Ordinal);
        // In slices, so that a province's producers do not make one parameter list of a hundred thousand codes.
        foreach (var slice in creditCodes.Distinct(StringComparer.Ordinal).Chunk(5_000))
        {
            var rows = await db.Assessments.AsNoTracking()
                .Where(a => a.IsCurrent && slice.Contains(a.EnterpriseCreditCode))
                .Select(a => new { a.EnterpriseCreditCode, a.RiskClass })
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                classes[row.EnterpriseCreditCode] = row.RiskClass.ToString()[0];
            }
        }

        return classes;
    }

    public async Task<InspectionRatios?> RatiosAsync(string regionCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(regionCode);
        var chain = RatioRegions.Chain(regionCode);
        var set = await db.InspectionRatios.AsNoTracking().Where(r => chain.Contains(r.RegionCode)).ToListAsync(cancellationToken);
        var nearest = chain.Select(code => set.FirstOrDefault(r => r.RegionCode == code)).FirstOrDefault(r => r is not null);
        return nearest is null ? null : new InspectionRatios(nearest.A, nearest.B, nearest.C, nearest.D, nearest.RegionCode);
    }
}

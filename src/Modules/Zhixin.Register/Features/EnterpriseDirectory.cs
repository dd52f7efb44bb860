using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Data;
using Zhixin.Register.Contracts;
using Zhixin.Register.Data;
using Zhixin.Register.Domain;

namespace Zhixin.Register.Features;

/// <summary>The register's read API for other modules: no-tracking projections under the caller's scope.</summary>
internal sealed class EnterpriseDirectory(RegisterDbContext db) : IEnterpriseDirectory
{
    public async Task<IReadOnlyDictionary<string, Contracts.EnterpriseSummary>> FindAsync(
        IReadOnlyCollection<string> creditCodes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(creditCodes);
        var found = new Dictionary<string, Contracts.EnterpriseSummary>(StringComparer.Ordinal);
        foreach (var chunk in creditCodes.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            var rows = await db.Enterprises.AsNoTracking()
                .Where(e => chunk.Contains(e.CreditCode))
                .Select(e => new Contracts.EnterpriseSummary(e.CreditCode, e.Name, e.RegionCode, e.IndustryCode, e.Status == EnterpriseStatus.Active))
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                found[row.CreditCode] = row;
            }
        }

        return found;
    }

    public async Task<IReadOnlyList<Contracts.EnterpriseSummary>> ListAsync(
        string regionFrom, string regionTo, IReadOnlyCollection<string> industryPrefixes, bool activeOnly, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(industryPrefixes);
        var query = db.Enterprises.AsNoTracking().WhereBetween(e => e.RegionCode, regionFrom, regionTo);
        if (activeOnly)
        {
            query = query.Where(e => e.Status == EnterpriseStatus.Active);
        }

        var rows = await query
            .Select(e => new Contracts.EnterpriseSummary(e.CreditCode, e.Name, e.RegionCode, e.IndustryCode, e.Status == EnterpriseStatus.Active))
            .ToListAsync(cancellationToken);
        // Industry prefixes are few and short; filtering here keeps the SQL one index range on the region.
        return industryPrefixes.Count == 0
            ? rows
            : rows.Where(r => r.IndustryCode is { } code && industryPrefixes.Any(p => code.StartsWith(p, StringComparison.Ordinal))).ToList();
    }

    public async Task<IReadOnlyList<Contracts.EnterpriseSummary>> SearchAsync(
        string? nameContains, string? codePrefix, int take, CancellationToken cancellationToken)
    {
        var query = db.Enterprises.AsNoTracking();
        query = codePrefix is { Length: > 0 }
            ? query.WhereStartsWith(e => e.CreditCode, codePrefix)
            : query.Where(e => EF.Functions.Like(e.Name, QueryRanges.ContainsPattern(nameContains ?? ""), QueryRanges.LikeEscape));
        return await query.OrderBy(e => e.CreditCode).Take(take)
            .Select(e => new Contracts.EnterpriseSummary(e.CreditCode, e.Name, e.RegionCode, e.IndustryCode, e.Status == EnterpriseStatus.Active))
            .ToListAsync(cancellationToken);
    }
}

namespace Zhixin.Inspection.Sampling;

/// <summary>
/// Gives each drawn firm, in draw order, two different inspectors: those with the lowest
/// <see cref="DrawKeys.Inspector"/> keys for that firm (inspectors of another county first, if preferred),
/// skipping any who have reached the per-inspector limit.
/// </summary>
/// <remarks>
/// Taking the lowest keys alone can run out under a limit: with three inspectors of two firms each and three
/// firms, if the first two firms both get inspectors 1 and 2, the third finds only inspector 3. So a pick must
/// leave enough for the firms after it. With r firms left (this one included) and c_j places left to
/// inspector j, the remaining r − 1 firms can be served iff slack = Σ min(c_j, r − 1) − 2(r − 1) ≥ 0 (no
/// inspector serves a firm twice). Taking inspector j costs one slack when c_j &lt; r and none otherwise; so an
/// inspector with c_j &lt; r is skipped when the slack is used up. While that sum is at least 2r at the start,
/// which <see cref="DrawPoolRules.CheckEnough"/> ensures, every firm finds two. Without a limit every inspector
/// has c_j ≥ r and this is just the two lowest keys.
/// </remarks>
internal static class InspectorAssignment
{
    public const int PerFirm = 2;

    public static IReadOnlyList<IReadOnlyList<DrawInspector>> Assign(DrawPool pool, IReadOnlyList<DrawFirm> drawn, byte[] seed)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(drawn);
        var places = pool.Inspectors.ToDictionary(inspector => inspector.Id, _ => pool.Options.MaxFirmsPerInspector ?? drawn.Count, StringComparer.Ordinal);
        var assigned = new List<IReadOnlyList<DrawInspector>>(drawn.Count);
        for (var n = 0; n < drawn.Count; n++)
        {
            var firm = drawn[n];
            var left = drawn.Count - n;
            var slack = places.Values.Sum(c => Math.Min(c, left - 1)) - (PerFirm * (left - 1));
            var candidates = pool.Inspectors
                .Select(inspector => (Inspector: inspector, Key: DrawKeys.Inspector(seed, firm.CreditCode, inspector.Id)))
                .OrderBy(candidate => pool.Options.PreferOtherCounty && candidate.Inspector.Region == firm.Region)
                .ThenBy(candidate => candidate.Key, ByteOrder.Instance);
            var pair = new List<DrawInspector>(PerFirm);
            foreach (var (inspector, _) in candidates)
            {
                if (pair.Count == PerFirm)
                {
                    break;
                }

                var c = places[inspector.Id];
                if (c == 0 || (c < left && slack == 0))
                {
                    continue;
                }

                slack -= c < left ? 1 : 0;
                places[inspector.Id] = c - 1;
                pair.Add(inspector);
            }

            assigned.Add(pair);
        }

        return assigned;
    }
}

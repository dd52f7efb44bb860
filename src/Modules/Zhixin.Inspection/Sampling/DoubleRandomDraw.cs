namespace Zhixin.Inspection.Sampling;

/// <summary>
/// The 双随机 draw: firms at random, and inspectors at random for each firm, reproducible by anyone from the
/// published seed and pool listing.
/// </summary>
/// <remarks>
/// Firms are ranked by the weighted key <see cref="DrawKeys.Weighted"/> of their hash
/// <see cref="DrawKeys.Firm"/>, largest first, ties by the hash (lowest first); the first <c>count</c> are
/// drawn. This is Efraimidis–Spirakis weighted sampling without replacement, and with all weights 1 it is
/// the plain ascending order of the hashes, a keyed random permutation. Inspectors follow by
/// <see cref="InspectorAssignment"/>.
/// </remarks>
internal static class DoubleRandomDraw
{
    /// <summary>Names this algorithm; a change to anything that alters the outcome needs a new one.</summary>
    public const string Algorithm = "zhixin-draw-v1";

    public static DrawResult Run(DrawPool pool, DrawSeed seed)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(seed);
        var seedBytes = seed.ToBytes();
        var weights = pool.Options.Weights.All().ToDictionary(entry => entry.Class, entry => CreditClassFactors.Format(entry.Value));
        var drawn = pool.Firms
            .Select(firm => (Firm: firm, Hash: DrawKeys.Firm(seedBytes, firm.CreditCode)))
            .Select(entry => (entry.Firm, entry.Hash, Key: DrawKeys.Weighted(entry.Hash, weights[entry.Firm.CreditClass])))
            .OrderByDescending(entry => entry.Key)
            .ThenBy(entry => entry.Hash, ByteOrder.Instance)
            .Take(pool.FirmCount)
            .Select(entry => entry.Firm)
            .ToList();
        var inspectors = InspectorAssignment.Assign(pool, drawn, seedBytes);
        var selected = drawn.Select((firm, i) => new DrawnFirm(i + 1, firm, inspectors[i])).ToList();
        return new DrawResult(Algorithm, seed.Hex, pool.Hash, pool.FirmCount, pool.Firms.Count, selected, pool.Excluded);
    }

    /// <summary>
    /// Re-runs the draw from the published seed and listing and compares it with a result: seed, algorithm,
    /// pool hash, the firms in order with their inspectors, and the exclusions. Names are not compared: the
    /// listing does not hold them.
    /// </summary>
    public static DrawVerification Verify(string seed, string canonicalListing, DrawResult result)
    {
        ArgumentNullException.ThrowIfNull(canonicalListing);
        ArgumentNullException.ThrowIfNull(result);
        var parsedSeed = DrawSeed.Parse(seed);
        var pool = DrawPool.Parse(canonicalListing);
        var differences = parsedSeed.Problems.Concat(pool.Problems).Select(problem => problem.Text).ToList();
        if (!parsedSeed.IsValid || !pool.IsValid)
        {
            return new DrawVerification(differences);
        }

        if (parsedSeed.Value.Hex != result.Seed)
        {
            differences.Add(new SamplingText("Sampling.Verify.SeedDiffers", result.Seed, parsedSeed.Value.Hex));
        }

        if (result.Algorithm != Algorithm)
        {
            differences.Add(new SamplingText("Sampling.Verify.AlgorithmDiffers", result.Algorithm, Algorithm));
        }

        if (pool.Value.Hash != result.PoolHash)
        {
            differences.Add(new SamplingText("Sampling.Verify.PoolHashDiffers", pool.Value.Hash, result.PoolHash));
        }

        differences.AddRange(SelectionDifferences(Run(pool.Value, parsedSeed.Value).Selected, result.Selected));
        if (!pool.Value.Excluded.Select(Exclusion).SequenceEqual(result.Excluded.Select(Exclusion)))
        {
            differences.Add(new SamplingText("Sampling.Verify.ExcludedDiffer"));
        }

        return new DrawVerification(differences);
    }

    private static IEnumerable<SamplingText> SelectionDifferences(IReadOnlyList<DrawnFirm> expected, IReadOnlyList<DrawnFirm> actual)
    {
        if (expected.Count != actual.Count)
        {
            yield return new SamplingText("Sampling.Verify.CountDiffers", expected.Count, actual.Count);
        }

        for (var i = 0; i < Math.Min(expected.Count, actual.Count); i++)
        {
            if (expected[i].Firm.CreditCode != actual[i].Firm.CreditCode)
            {
                yield return new SamplingText("Sampling.Verify.FirmDiffers", i + 1, expected[i].Firm.CreditCode, actual[i].Firm.CreditCode);
            }
            else if (Ids(expected[i]) != Ids(actual[i]))
            {
                yield return new SamplingText("Sampling.Verify.InspectorsDiffer", i + 1, expected[i].Firm.CreditCode, Ids(expected[i]), Ids(actual[i]));
            }
        }
    }

    private static string Ids(DrawnFirm firm) => string.Join(", ", firm.Inspectors.Select(inspector => inspector.Id));

    private static (string, ExclusionReason) Exclusion(ExcludedFirm firm) => (firm.CreditCode, firm.Reason);
}

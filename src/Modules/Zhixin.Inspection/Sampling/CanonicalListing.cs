using System.Globalization;
using System.Text;

namespace Zhixin.Inspection.Sampling;

/// <summary>
/// The pool as language-neutral text, published (with its SHA-256) before the draw. UTF-8 without BOM, one
/// entry per line, each line ended by a line feed (also the last), fields split by '|':
/// <code>
/// zhixin-draw-v1
/// count|K                        firms to draw
/// per-inspector|N                firms per inspector at most; 0 = no limit
/// prefer-other-county|0 or 1
/// weight|A|w  … weight|D|w       class weights, shortest decimal form (1, 0.5, 2.25)
/// firm|CREDITCODE|CLASS|REGION   eligible firms, by credit code
/// inspector|ID|REGION            inspectors, by id
/// excluded|CREDITCODE|REASON     inactive or higher-level, by credit code
/// </code>
/// Sorting is by UTF-8 bytes. Names and badge numbers are left out: the draw does not depend on them.
/// </summary>
internal static class CanonicalListing
{
    public const string Inactive = "inactive";

    public const string HigherLevel = "higher-level";

    public static string Write(DrawPool pool)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var text = new StringBuilder();
        Line(text, DoubleRandomDraw.Algorithm);
        Line(text, "count", Number(pool.FirmCount));
        Line(text, "per-inspector", Number(pool.Options.MaxFirmsPerInspector ?? 0));
        Line(text, "prefer-other-county", pool.Options.PreferOtherCounty ? "1" : "0");
        foreach (var (creditClass, weight) in pool.Options.Weights.All())
        {
            Line(text, "weight", creditClass.ToString(), CreditClassFactors.Format(weight));
        }

        foreach (var firm in pool.Firms)
        {
            Line(text, "firm", firm.CreditCode, firm.CreditClass.ToString(), firm.Region);
        }

        foreach (var inspector in pool.Inspectors)
        {
            Line(text, "inspector", inspector.Id, inspector.Region);
        }

        foreach (var excluded in pool.Excluded)
        {
            Line(text, "excluded", excluded.CreditCode, excluded.Reason == ExclusionReason.Inactive ? Inactive : HigherLevel);
        }

        return text.ToString();
    }

    /// <summary>
    /// Reads a published listing back into a pool. The text must be exactly what <see cref="Write"/> gives for
    /// that pool (same order, number forms, line ends), so that its hash is the one published.
    /// </summary>
    public static SamplingOutcome<DrawPool> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reader = new ListingReader();
        var lines = text.Split('\n');
        if (lines[0] != DoubleRandomDraw.Algorithm)
        {
            return SamplingOutcome<DrawPool>.Invalid(new SamplingProblem(SamplingSubject.Listing, "Sampling.Listing.Version", DoubleRandomDraw.Algorithm));
        }

        var problems = new List<SamplingProblem>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (!reader.Read(lines[i].Split('|')) && !(i == lines.Length - 1 && lines[i].Length == 0))
            {
                problems.Add(new SamplingProblem(SamplingSubject.Listing, "Sampling.Listing.Line", i + 1, lines[i]));
            }
        }

        if (problems.Count > 0)
        {
            return SamplingOutcome<DrawPool>.Invalid(problems);
        }

        var pool = DrawPool.Create(reader.ToRequest());
        if (!pool.IsValid || pool.Value.CanonicalText == text)
        {
            return pool;
        }

        var rewritten = pool.Value.CanonicalText.Split('\n');
        var firstDifference = Enumerable.Range(0, Math.Min(lines.Length, rewritten.Length)).FirstOrDefault(i => lines[i] != rewritten[i], Math.Min(lines.Length, rewritten.Length));
        return SamplingOutcome<DrawPool>.Invalid(new SamplingProblem(SamplingSubject.Listing, "Sampling.Listing.NotCanonical", firstDifference + 1));
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, params string[] fields) => text.Append(string.Join('|', fields)).Append('\n');
}

using Zhixin.Platform.Web;

namespace Zhixin.Inspection.NetContent;

/// <summary>
/// Judges a lot of pre-packaged goods by JJF 1070 (定量包装商品净含量计量检验规则). A lot passes when the
/// sampled units short by more than T are no more than the plan allows, none is short by more than 2T, and
/// (for lots above 10) the mean q̄ is at least Qn − λ·s. Pure: the only data read are the embedded editions.
/// </summary>
internal static class NetContentCalculator
{
    public static Outcome<NetContentResult> Evaluate(NetContentInput input) => Evaluate(input, NetContentEditions.Published);

    public static Outcome<NetContentResult> Evaluate(NetContentInput input, NetContentEditions editions)
    {
        ArgumentNullException.ThrowIfNull(editions);
        return NetContentValidator.Check(input, editions).Map(lot => Judge(lot, editions));
    }

    private static NetContentResult Judge(CheckedLot lot, NetContentEditions editions)
    {
        var input = lot.Input;
        var deficiency = TolerableDeficiency.Find(lot);
        var t = deficiency.Value;
        var units = input.Measurements.Select((value, i) => Classify(i + 1, value, input.Nominal, t)).ToList();
        var counts = new ShortfallCounts(
            units.Count(unit => unit.Class == ShortfallClass.BeyondT), lot.Row.AllowedBeyondT,
            units.Count(unit => unit.Class == ShortfallClass.Beyond2T), lot.Row.AllowedBeyond2T);
        var mean = MeanCriterion.Apply(input.Measurements, input.Nominal, lot.Row.Lambda);
        var reasons = NetContentReasons.For(lot, counts, mean);
        var verdict = reasons.Any(reason => reason.Outcome == CriterionOutcome.NotMet) ? NetContentVerdict.Fail : NetContentVerdict.Pass;
        return new NetContentResult(
            lot.Edition,
            input.CheckDate,
            lot.EditionChosenExplicitly,
            input.Nominal,
            lot.Unit.Symbol,
            new SamplePlanStep(input.LotSize, lot.Row, lot.SampleSize),
            deficiency,
            input.Nominal - t,
            input.Nominal - 2 * t,
            units,
            counts,
            mean,
            verdict,
            InspectionText.Get(verdict == NetContentVerdict.Pass ? "NetContent.Verdict.Pass" : "NetContent.Verdict.Fail"),
            reasons,
            Notes(lot, editions));
    }

    /// <summary>Shortfall exactly T is within T, exactly 2T is beyond T but not beyond 2T: the bounds are "≤".</summary>
    private static MeasuredUnit Classify(int number, decimal value, decimal nominal, decimal t)
    {
        var shortfall = nominal - value;
        var shortfallClass = shortfall <= t ? ShortfallClass.WithinT
            : shortfall <= 2 * t ? ShortfallClass.BeyondT
            : ShortfallClass.Beyond2T;
        return new MeasuredUnit(number, value, shortfall, shortfallClass);
    }

    private static List<string> Notes(CheckedLot lot, NetContentEditions editions)
    {
        var notes = new List<string>();
        if (!lot.Edition.Verified)
        {
            notes.Add(InspectionText.Format("NetContent.Note.Unverified", lot.Edition.Id));
        }

        var inForce = editions.InForceOn(lot.Input.CheckDate);
        if (lot.EditionChosenExplicitly && inForce != lot.Edition)
        {
            notes.Add(InspectionText.Format("NetContent.Note.EditionNamed", lot.Edition.Id, NetContentFormat.Date(lot.Input.CheckDate), inForce?.Id ?? "—"));
        }

        return notes;
    }
}

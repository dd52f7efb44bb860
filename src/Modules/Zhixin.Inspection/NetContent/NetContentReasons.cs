namespace Zhixin.Inspection.NetContent;

/// <summary>The three criteria of the verdict, each stated with its figures whether met or not.</summary>
internal static class NetContentReasons
{
    public static List<VerdictReason> For(CheckedLot lot, ShortfallCounts counts, MeanStep mean)
    {
        ArgumentNullException.ThrowIfNull(lot);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(mean);
        return
        [
            Count(NetContentCriterion.UnitsBeyondT, "NetContent.Reason.BeyondT", counts.BeyondT, counts.AllowedBeyondT),
            Count(NetContentCriterion.UnitsBeyond2T, "NetContent.Reason.Beyond2T", counts.Beyond2T, counts.AllowedBeyond2T),
            Mean(lot, mean),
        ];
    }

    private static VerdictReason Count(NetContentCriterion criterion, string key, int found, int allowed)
    {
        var outcome = found <= allowed ? CriterionOutcome.Met : CriterionOutcome.NotMet;
        return new VerdictReason(criterion, outcome, InspectionText.Format($"{key}.{outcome}", found, allowed));
    }

    private static VerdictReason Mean(CheckedLot lot, MeanStep mean)
    {
        if (!mean.Applies)
        {
            return new VerdictReason(NetContentCriterion.Mean, CriterionOutcome.NotApplied,
                InspectionText.Format("NetContent.Reason.Mean.NotApplied", lot.SampleSize));
        }

        var outcome = mean.Passes == true ? CriterionOutcome.Met : CriterionOutcome.NotMet;
        return new VerdictReason(NetContentCriterion.Mean, outcome, InspectionText.Format($"NetContent.Reason.Mean.{outcome}",
            NetContentFormat.Statistic(mean.Mean), NetContentFormat.Statistic(mean.Limit!.Value), lot.Unit.Symbol));
    }
}

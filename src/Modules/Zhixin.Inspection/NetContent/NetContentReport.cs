using System.Text;

namespace Zhixin.Inspection.NetContent;

/// <summary>A result as plain text for a terminal or a printout: every step in the order it was taken, then the verdict.</summary>
internal static class NetContentReport
{
    public static string Render(NetContentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var unit = result.Unit;
        var edition = result.Edition;
        var plan = result.SamplePlan;
        var row = plan.Row;
        var deficiency = result.TolerableDeficiency;
        var text = new StringBuilder();
        var chosen = result.EditionChosenExplicitly
            ? InspectionText.Get("NetContent.Report.ChosenExplicitly")
            : InspectionText.Format("NetContent.Report.ChosenByDate", NetContentFormat.Date(result.CheckDate));
        Line(text, "NetContent.Report.Edition", edition.Title, edition.Id, NetContentFormat.Date(edition.EffectiveFrom), chosen);
        Line(text, "NetContent.Report.Nominal", NetContentFormat.Number(result.Nominal), unit);
        var rows = row.LotTo is { } lotTo ? $"{row.LotFrom}–{lotTo}" : $"≥ {row.LotFrom}";
        Line(text, "NetContent.Report.SamplePlan", plan.LotSize, rows, plan.SampleSize,
            row.Lambda is { } lambda ? NetContentFormat.Number(lambda) : "—", row.AllowedBeyondT, row.AllowedBeyond2T);
        Line(text, "NetContent.Report.Deficiency", NetContentFormat.Number(deficiency.Value), unit, deficiency.BandText, deficiency.Derivation);
        Line(text, "NetContent.Report.Limits", NetContentFormat.Number(result.T1), NetContentFormat.Number(result.T2), unit);
        Line(text, "NetContent.Report.Units", result.Units.Count);
        foreach (var measured in result.Units)
        {
            text.Append("  ").AppendLine(measured.Shortfall > 0
                ? InspectionText.Format("NetContent.Report.Unit", measured.Number, NetContentFormat.Number(measured.Value),
                    unit, NetContentFormat.Number(measured.Shortfall), InspectionText.Get($"NetContent.Class.{measured.Class}"))
                : InspectionText.Format("NetContent.Report.UnitNotShort", measured.Number, NetContentFormat.Number(measured.Value), unit));
        }

        var counts = result.Counts;
        Line(text, "NetContent.Report.Counts", counts.BeyondT, counts.AllowedBeyondT, counts.Beyond2T, counts.AllowedBeyond2T);
        AppendMean(text, result.Mean, unit);
        Line(text, "NetContent.Report.Verdict", result.VerdictText);
        foreach (var reason in result.Reasons)
        {
            text.Append("  - ").AppendLine(reason.Message);
        }

        foreach (var note in result.Notes)
        {
            Line(text, "NetContent.Report.Note", note);
        }

        Line(text, "NetContent.Report.Source", edition.Source);
        return text.ToString().TrimEnd();
    }

    private static void AppendMean(StringBuilder text, MeanStep mean, string unit)
    {
        var s = mean.StandardDeviation is { } deviation ? NetContentFormat.Statistic(deviation) : "—";
        if (mean.Applies)
        {
            Line(text, "NetContent.Report.Mean", NetContentFormat.Statistic(mean.Mean), s, NetContentFormat.Number(mean.Lambda!.Value),
                NetContentFormat.Statistic(mean.Correction!.Value), NetContentFormat.Statistic(mean.Limit!.Value), unit);
        }
        else
        {
            Line(text, "NetContent.Report.MeanNotApplied", NetContentFormat.Statistic(mean.Mean), s, unit);
        }
    }

    private static void Line(StringBuilder text, string key, params object[] arguments) => text.AppendLine(InspectionText.Format(key, arguments));
}

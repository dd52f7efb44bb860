namespace Zhixin.Plans.Assessment;

/// <summary>
/// The knobs of a scheme. <see cref="DeductionCap"/> null means the deductions line's own weight, so deductions
/// never take points from other lines. <see cref="GraceDays"/> is added to every due date before a report
/// counts as late or overdue.
/// </summary>
internal sealed record ScoringParameters(
    decimal LateCredit = 0.5m,
    decimal LeadTaskWeight = 2m,
    decimal PointsPerOverdueReport = 2m,
    decimal? DeductionCap = null,
    int GraceDays = 0)
{
    public static ScoringParameters Default { get; } = new();

    public IEnumerable<string> Problems()
    {
        if (LateCredit is < 0 or > 1)
        {
            yield return $"lateCredit {LateCredit} must lie between 0 and 1.";
        }

        if (LeadTaskWeight <= 0)
        {
            yield return $"leadTaskWeight {LeadTaskWeight} must be positive.";
        }

        if (PointsPerOverdueReport < 0 || DeductionCap < 0)
        {
            yield return "pointsPerOverdueReport and deductionCap cannot be negative.";
        }

        if (GraceDays < 0)
        {
            yield return $"graceDays {GraceDays} cannot be negative.";
        }
    }
}

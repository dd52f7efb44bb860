namespace Zhixin.Plans.Assessment;

/// <summary>
/// The result of scoring one assessee. When <see cref="Assessed"/> is false (no tasks assigned) there is no
/// total, grade or breakdown: such an assessee is listed as not assessed, not as 0 or 100.
/// <see cref="Total"/> is rounded to one decimal, midpoints away from zero; the grade is read from that rounded
/// total, so a page never shows 90.0 beside 良好.
/// </summary>
internal sealed record AssessmentScore(
    string SchemeCode,
    int SchemeVersion,
    bool Assessed,
    decimal? Total,
    string? Grade,
    IReadOnlyList<LineScore> Lines)
{
    public static AssessmentScore NotAssessed(AssessmentScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        return new AssessmentScore(scheme.Code, scheme.Version, false, null, null, []);
    }
}

namespace Zhixin.Plans.Assessment;

/// <summary>What a scheme line measures.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ScoreBasis>))]
internal enum ScoreBasis
{
    /// <summary>Share of due reports submitted on time; a late report earns <see cref="ScoringParameters.LateCredit"/>.</summary>
    Timeliness,

    /// <summary>Mean latest reported completion percent over assigned tasks; lead tasks weigh <see cref="ScoringParameters.LeadTaskWeight"/>.</summary>
    Completion,

    /// <summary>Share of the plan's targets met, among those with a recorded actual value.</summary>
    Indicators,

    /// <summary>Full points less <see cref="ScoringParameters.PointsPerOverdueReport"/> per overdue report, capped.</summary>
    Deductions,
}

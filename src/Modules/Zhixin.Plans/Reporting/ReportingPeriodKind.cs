namespace Zhixin.Plans.Reporting;

/// <summary>What stretch of a year a progress report covers.</summary>
internal enum ReportingPeriodKind
{
    /// <summary>上半年: January to June.</summary>
    FirstHalf,

    /// <summary>全年: the whole year, reported after it ends.</summary>
    FullYear,

    /// <summary>第N季度; the quarter is <see cref="ReportingPeriod.Sequence"/>.</summary>
    Quarter,

    /// <summary>A deadline from a custom list; <see cref="ReportingPeriod.Sequence"/> numbers it within the year.</summary>
    Custom,
}

namespace Zhixin.Platform.Calendar;

/// <summary>How a period's days are counted.</summary>
public enum DayKind
{
    /// <summary>自然日: every calendar day counts; see <see cref="PeriodEndRule"/> for a period ending on a rest day.</summary>
    Natural,

    /// <summary>工作日: only days <see cref="WorkCalendar.IsWorkingDay"/> counts.</summary>
    Working,
}

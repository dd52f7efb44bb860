namespace Zhixin.Platform.Calendar;

/// <summary>What happens when a natural-day period's last day is not a working day.</summary>
public enum PeriodEndRule
{
    /// <summary>
    /// The period ends on the first working day after it, as the Civil Procedure Law (Art. 85) and the Civil
    /// Code (Art. 203) say for 法定休假日; weekends count as rest days. The basis is kept with the data.
    /// </summary>
    ExtendToNextWorkingDay,

    /// <summary>The last day stands whatever day it is.</summary>
    None,
}

namespace Zhixin.Plans.Indicators;

/// <summary>Whether an indicator's actual value meets its target.</summary>
internal enum TargetOutcome
{
    Met,
    NotMet,

    /// <summary>No actual value, or a qualitative target a number cannot decide.</summary>
    Unknown,
}

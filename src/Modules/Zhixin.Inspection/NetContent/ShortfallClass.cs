namespace Zhixin.Inspection.NetContent;

/// <summary>Where a unit's shortfall Qn − q lies against T. When T is 0 every shortfall is beyond 2T.</summary>
internal enum ShortfallClass
{
    /// <summary>Shortfall at most T (q ≥ T1 = Qn − T), including any surplus.</summary>
    WithinT,

    /// <summary>T &lt; shortfall ≤ 2T (T2 ≤ q &lt; T1).</summary>
    BeyondT,

    /// <summary>Shortfall above 2T (q &lt; T2 = Qn − 2T).</summary>
    Beyond2T,
}

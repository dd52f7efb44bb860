namespace Zhixin.Inspection.NetContent;

/// <summary>How T is brought to its rounding step.</summary>
internal enum DeficiencyRounding
{
    /// <summary>To the nearest step, a half step going up (22.5 g to 1 g is 23 g).</summary>
    HalfUp,

    /// <summary>To the next step at or above (a count T of 1.01 is 2).</summary>
    Up,
}

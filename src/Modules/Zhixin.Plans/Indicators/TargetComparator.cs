namespace Zhixin.Plans.Indicators;

/// <summary>How a target relates its indicator to its value.</summary>
internal enum TargetComparator
{
    /// <summary>≥: 达到, 以上, 不低于, 提高到, 稳定在.</summary>
    AtLeast,

    /// <summary>&gt;: 超过, 高于.</summary>
    MoreThan,

    /// <summary>≤: 以下, 以内, 不高于, 不超过, 下降到, 降至, 控制在.</summary>
    AtMost,

    /// <summary>&lt;: 低于, 少于.</summary>
    LessThan,

    /// <summary>≈: 左右; met within a tolerance, see <see cref="TargetEvaluation"/>.</summary>
    About,

    /// <summary>A range such as 1-2个: <see cref="ParsedIndicatorTarget.Value"/> to <see cref="ParsedIndicatorTarget.UpperValue"/>.</summary>
    Range,

    /// <summary>A relative increase (增长10%): the value is the change, not the level.</summary>
    IncreaseBy,

    /// <summary>A relative decrease (下降10%): the value is the change, not the level.</summary>
    DecreaseBy,

    /// <summary>A qualitative target (达到国家二级标准): no number, the standard is in <see cref="ParsedIndicatorTarget.Standard"/>.</summary>
    ReachesStandard,
}

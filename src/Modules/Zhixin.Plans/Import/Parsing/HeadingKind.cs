namespace Zhixin.Plans.Import.Parsing;

/// <summary>The numbering styles of plan items, by how the number is written at the start of a line.</summary>
internal enum HeadingKind
{
    /// <summary>一、 or 一. — the top level of a plan.</summary>
    ChineseNumeral,

    /// <summary>(一) or （一）.</summary>
    ParenthesisedChineseNumeral,

    /// <summary>1. or 1、 or 1．.</summary>
    ArabicNumeral,

    /// <summary>(1) or （1）.</summary>
    ParenthesisedArabicNumeral,
}

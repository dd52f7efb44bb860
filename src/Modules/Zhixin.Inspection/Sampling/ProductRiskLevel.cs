namespace Zhixin.Inspection.Sampling;

/// <summary>A product's risk level in the key-regulated product catalogue (重点工业产品质量安全监管目录), numbered as the catalogue numbers them.</summary>
internal enum ProductRiskLevel
{
    /// <summary>高.</summary>
    High = 1,

    /// <summary>较高.</summary>
    RatherHigh = 2,

    /// <summary>一般.</summary>
    General = 3,
}

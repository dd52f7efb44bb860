namespace Zhixin.Inspection.NetContent;

/// <summary>What a pre-package declares: JJF 1070 gives each kind its own tolerable-deficiency rule.</summary>
internal enum QuantityKind
{
    Mass,
    Volume,
    Length,
    Area,
    Count,
}

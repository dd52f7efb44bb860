namespace Zhixin.Inspection.NetContent;

internal enum NetContentVerdict
{
    /// <summary>合格: no criterion failed.</summary>
    Pass,

    /// <summary>不合格: at least one criterion failed.</summary>
    Fail,
}

using System.Text;

namespace Zhixin.Plans.Import.Parsing;

/// <summary>
/// The legacy Chinese code pages. .NET only offers them once the code-pages provider is registered, so every
/// instance is created through <see cref="Load"/>, which registers it first (registration is idempotent).
/// </summary>
internal static class ChineseEncodings
{
    /// <summary>GB18030 (a superset of GBK and GB2312); undecodable bytes become U+FFFD (not the default '?').</summary>
    public static Encoding Gb18030 { get; } = Load("GB18030", strict: false);

    /// <summary>GB18030 that throws instead of substituting, to tell a clean repair from a lossy one.</summary>
    public static Encoding StrictGb18030 { get; } = Load("GB18030", strict: true);

    /// <summary>Big5, the traditional-character code page of Taiwan and Hong Kong copies.</summary>
    public static Encoding Big5 { get; } = Load("big5", strict: false);

    private static Encoding Load(string name, bool strict)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return strict
            ? Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
            : Encoding.GetEncoding(name, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));
    }
}

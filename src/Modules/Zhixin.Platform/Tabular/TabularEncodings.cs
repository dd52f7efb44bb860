using System.Text;

namespace Zhixin.Platform.Tabular;

internal static class TabularEncodings
{
    private const int Gb18030CodePage = 54936;

    /// <summary>
    /// Excel on Chinese Windows saves "CSV" in the ANSI code page, GBK; GB18030 decodes every GBK file the
    /// same way and also the characters GBK lacks, so one decoder serves both.
    /// </summary>
    public static Encoding Gb18030 { get; } = LoadGb18030();

    public static UTF8Encoding Utf8NoBom { get; } = new(encoderShouldEmitUTF8Identifier: false);

    private static Encoding LoadGb18030()
    {
        // GBK and GB18030 are not built into .NET; the provider ships with the shared framework.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(Gb18030CodePage);
    }
}

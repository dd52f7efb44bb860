using System.Globalization;
using System.Resources;

namespace Zhixin.Platform.Resources;

/// <summary>
/// The platform's user-facing text (PlatformText.resx is zh-CN, the neutral language; PlatformText.en.resx
/// is English). Also the marker type for <c>IStringLocalizer&lt;PlatformText&gt;</c> in pages.
/// </summary>
public sealed class PlatformText
{
    private static readonly ResourceManager Resources =
        new("Zhixin.Platform.Resources.PlatformText", typeof(PlatformText).Assembly);

    public static string Get(CultureInfo culture, string key) => Resources.GetString(key, culture) ?? key;

    public static string Format(CultureInfo culture, string key, IReadOnlyList<object> arguments) =>
        arguments.Count == 0 ? Get(culture, key) : string.Format(culture, Get(culture, key), [.. arguments]);
}

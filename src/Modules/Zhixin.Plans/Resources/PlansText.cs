using System.Globalization;
using System.Resources;

namespace Zhixin.Plans;

/// <summary>The plans module's user-facing text: Resources/PlansText.resx (zh-CN, neutral) and PlansText.en.resx; the resource name follows this class.</summary>
public sealed class PlansText
{
    private static readonly ResourceManager Resources = new("Zhixin.Plans.PlansText", typeof(PlansText).Assembly);

    public static string Get(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    public static string Format(string key, params object[] arguments) =>
        string.Format(CultureInfo.CurrentCulture, Get(key), arguments);
}

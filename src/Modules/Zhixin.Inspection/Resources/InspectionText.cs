using System.Globalization;
using System.Resources;

namespace Zhixin.Inspection;

/// <summary>The inspection module's user-facing text: Resources/InspectionText.resx (zh-CN, neutral) and InspectionText.en.resx; the resource name follows this class.</summary>
public sealed class InspectionText
{
    private static readonly ResourceManager Resources = new("Zhixin.Inspection.InspectionText", typeof(InspectionText).Assembly);

    public static string Get(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    public static string Format(string key, params object[] arguments) =>
        string.Format(CultureInfo.CurrentCulture, Get(key), arguments);
}

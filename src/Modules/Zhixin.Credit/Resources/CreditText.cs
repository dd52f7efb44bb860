using System.Globalization;
using System.Resources;

namespace Zhixin.Credit;

/// <summary>The credit module's user-facing text: Resources/CreditText.resx (zh-CN, neutral) and CreditText.en.resx; the resource name follows this class.</summary>
public sealed class CreditText
{
    private static readonly ResourceManager Resources = new("Zhixin.Credit.CreditText", typeof(CreditText).Assembly);

    public static string Get(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    public static string Format(string key, params object[] arguments) =>
        string.Format(CultureInfo.CurrentCulture, Get(key), arguments);

    /// <summary>The text in a given language, whatever the reader's (the API's English problem lists).</summary>
    public static string In(CultureInfo culture, string key, params object[] arguments) =>
        string.Format(culture, Resources.GetString(key, culture) ?? key, arguments);
}

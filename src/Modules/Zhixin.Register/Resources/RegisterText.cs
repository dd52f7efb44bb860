using System.Globalization;
using System.Resources;

namespace Zhixin.Register;

/// <summary>The register's user-facing text: Resources/RegisterText.resx (zh-CN, neutral) and RegisterText.en.resx; the resource name follows this class.</summary>
public sealed class RegisterText
{
    private static readonly ResourceManager Resources = new("Zhixin.Register.RegisterText", typeof(RegisterText).Assembly);

    public static string Get(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    public static string Format(string key, params object[] arguments) =>
        string.Format(CultureInfo.CurrentCulture, Get(key), arguments);
}

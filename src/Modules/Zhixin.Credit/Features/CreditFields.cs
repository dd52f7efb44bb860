using Zhixin.Platform.Web;

namespace Zhixin.Credit.Features;

/// <summary>The module's form fields, named in the user's language (Field.* in CreditText).</summary>
internal static class CreditFields
{
    public static FormFields Checks { get; } = new(field => CreditText.Get("Field." + field));
}

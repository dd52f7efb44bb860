using Zhixin.Platform.Web;

namespace Zhixin.Credit.Features;

/// <summary>The module's form fields, named in the user's language (Field.* in CreditText).</summary>
internal static class CreditFields
{
    public static FormFields Checks { get; } = new(field => CreditText.Get("Field." + field));

    /// <summary>The fields of objections and repair applications, whose grounds and reasons are not a listing's.</summary>
    public static FormFields Cases { get; } = new(field => CreditText.Get("CaseField." + field));

    /// <summary>The reason a listing ends early or is revoked, which is not a void's reason.</summary>
    public static FormFields ListingEnds { get; } = new(field => CreditText.Get("ListingField." + field));
}

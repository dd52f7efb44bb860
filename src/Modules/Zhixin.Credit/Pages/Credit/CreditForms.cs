using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Zhixin.Credit.Pages.Credit;

/// <summary>What the credit forms do before calling a handler.</summary>
internal static class CreditForms
{
    /// <summary>
    /// A value the framework could not bind (text in a date) gets the module's message under the field of the form
    /// <paramref name="prefix"/>; true when there was one, and the form is then shown again without calling the handler.
    /// </summary>
    public static bool ReplaceUnboundValues(this ModelStateDictionary modelState, string prefix)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var invalid = modelState.Where(e => e.Key.StartsWith(prefix + ".", StringComparison.Ordinal) && e.Value?.ValidationState == ModelValidationState.Invalid)
            .Select(e => e.Key).ToList();
        foreach (var key in invalid)
        {
            modelState.Remove(key);
            var name = key[(prefix.Length + 1)..];
            modelState.AddModelError(key, CreditText.Format("Page.NotAValue", CreditText.Get("Field." + char.ToLowerInvariant(name[0]) + name[1..])));
        }

        return invalid.Count > 0;
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Zhixin.Plans.Pages.Plans;

/// <summary>What the plans forms check before they call a handler.</summary>
internal static class PlanForms
{
    /// <summary>
    /// True when the value of <paramref name="key"/> could not be bound (text where a number belongs); the
    /// framework's English message is then replaced by <paramref name="message"/>, in the module's words.
    /// </summary>
    public static bool ReplaceUnboundValue(this ModelStateDictionary modelState, string key, string message)
    {
        if (modelState.GetFieldValidationState(key) != ModelValidationState.Invalid)
        {
            return false;
        }

        modelState.Remove(key);
        modelState.AddModelError(key, message);
        return true;
    }
}

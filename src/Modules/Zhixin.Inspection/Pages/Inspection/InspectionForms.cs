using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Zhixin.Inspection.Pages.Inspection;

/// <summary>What the spot-check forms do before and after a handler.</summary>
internal static class InspectionForms
{
    /// <summary>
    /// Values the framework could not bind (text in a number or date) get the module's message, under the field's
    /// label; true when there were any, and the form is then shown again without calling the handler.
    /// </summary>
    public static bool ReplaceUnboundValues(this ModelStateDictionary modelState)
    {
        var invalid = modelState.Where(e => e.Value?.ValidationState == ModelValidationState.Invalid).Select(e => e.Key).ToList();
        foreach (var key in invalid)
        {
            modelState.Remove(key);
            var name = key[(key.LastIndexOf('.') + 1)..];
            modelState.AddModelError(key, InspectionText.Format("Page.NotAValue", InspectionText.Get("Field." + char.ToLowerInvariant(name[0]) + name[1..])));
        }

        return invalid.Count > 0;
    }

    /// <summary>Names typed one per line or separated by 、，, ; as people list them.</summary>
    public static IReadOnlyList<string> Names(string? text) =>
        text is null ? [] : text.Split(['\n', '\r', '、', '，', ',', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

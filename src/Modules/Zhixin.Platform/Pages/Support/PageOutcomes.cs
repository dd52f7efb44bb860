using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Platform.Resources;
using Zhixin.Platform.Web;

namespace Zhixin.Platform.Pages.Support;

/// <summary>
/// How a page reports a handler's failed outcome, so every form answers like the API does: field errors
/// beside their inputs (400), a broken rule as a page-level message naming it (409), a forbidden action as a
/// page-level message (403), and a record outside the caller's scope as 404.
/// </summary>
public static partial class PageOutcomes
{
    public static IActionResult Failed<T>(this PageModel page, Outcome<T> outcome, Type inputType, string? prefix = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(outcome);
        switch (outcome.Kind)
        {
            case OutcomeKind.NotFound:
                return page.NotFound();
            case OutcomeKind.Invalid:
                page.ModelState.AddFieldErrors(outcome.Errors, inputType, prefix);
                return Rerender(page, StatusCodes.Status400BadRequest);
            case OutcomeKind.Forbidden:
                page.ModelState.AddModelError(string.Empty, outcome.Message ?? "");
                return Rerender(page, StatusCodes.Status403Forbidden);
            case OutcomeKind.Conflict:
                page.ModelState.AddModelError(string.Empty,
                    PlatformText.Format(CultureInfo.CurrentUICulture, "Page.RuleBroken", [outcome.Message ?? "", outcome.Rule ?? ""]));
                return Rerender(page, StatusCodes.Status409Conflict);
            default:
                throw new InvalidOperationException("A successful outcome is not a failure.");
        }
    }

    /// <summary>
    /// Puts each error under the input that holds the field: a handler names fields as the JSON request does
    /// (creditCode), a form binds them as properties (Input.CreditCode). An error with no input is page-level.
    /// </summary>
    public static void AddFieldErrors(this ModelStateDictionary modelState, FieldErrors errors, Type inputType, string? prefix = null)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(inputType);
        foreach (var (field, message) in errors.All)
        {
            // A field inside a list (rules[2].points) goes under the input of that item (Input.Rules[2].Points).
            var head = field.Split('.', '[')[0];
            var property = inputType.GetProperty(head, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            var inner = head.Length < field.Length;
            var path = property is null || (inner && !IsList(property.PropertyType)) ? null
                : property.Name + InnerNames().Replace(field[head.Length..], m => "." + m.Groups[1].Value.ToUpperInvariant());
            var key = path is null ? string.Empty : prefix is null ? path : $"{prefix}.{path}";
            modelState.AddModelError(key, message);
        }
    }

    private static bool IsList(Type type) => type != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(type);

    [GeneratedRegex(@"\.([a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex InnerNames();

    /// <summary>A policy checked on one handler of a page, since a policy attribute covers the whole page.</summary>
    public static async Task<bool> MayAsync(this PageModel page, IAuthorizationService authorization, string policy)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(authorization);
        return (await authorization.AuthorizeAsync(page.User, policy)).Succeeded;
    }

    private static PageResult Rerender(PageModel page, int status)
    {
        page.Response.StatusCode = status;
        return page.Page();
    }
}

using System.Reflection;
using System.Security.Claims;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationParts;

namespace Zhixin.Platform.Pages.Support;

/// <summary>
/// A module's entry in the main navigation and on the home page, declared in the module's own assembly so
/// the platform's layout lists higher modules without referring to them (the platform is level 0).
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class ModuleNavigationAttribute(string path, Type textResource, string nameKey) : Attribute
{
    public string Path { get; } = path;

    /// <summary>The resource marker type whose localizer holds <see cref="NameKey"/> and <see cref="DescriptionKey"/>.</summary>
    public Type TextResource { get; } = textResource;

    public string NameKey { get; } = nameKey;

    public string? DescriptionKey { get; set; }

    public int Order { get; set; }

    /// <summary>The authorization policy the entry's page requires; the entry is shown only to users who satisfy it (null: every signed-in user).</summary>
    public string? Policy { get; set; }
}

/// <summary>The navigation entries of every module whose pages the application serves, in order.</summary>
public static class ModuleNavigation
{
    private static readonly ConditionalWeakTable<ApplicationPartManager, IReadOnlyList<ModuleNavigationAttribute>> Cache = [];

    public static IReadOnlyList<ModuleNavigationAttribute> Of(ApplicationPartManager parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return Cache.GetValue(parts, static p => [.. p.ApplicationParts.OfType<AssemblyPart>()
            .Select(part => part.Assembly)
            .Distinct()
            .SelectMany(assembly => assembly.GetCustomAttributes<ModuleNavigationAttribute>())
            .OrderBy(link => link.Order)
            .ThenBy(link => link.Path, StringComparer.Ordinal)]);
    }

    /// <summary>The entries whose page <paramref name="user"/> may open: a link that leads to "access denied" is no help.</summary>
    public static async Task<IReadOnlyList<ModuleNavigationAttribute>> ForAsync(ApplicationPartManager parts, IAuthorizationService authorization, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        var shown = new List<ModuleNavigationAttribute>();
        foreach (var link in Of(parts))
        {
            if (link.Policy is null || (await authorization.AuthorizeAsync(user, link.Policy)).Succeeded)
            {
                shown.Add(link);
            }
        }

        return shown;
    }
}

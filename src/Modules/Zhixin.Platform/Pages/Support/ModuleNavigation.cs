using System.Reflection;
using System.Runtime.CompilerServices;
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
}

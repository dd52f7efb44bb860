using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Razor;

namespace Zhixin.Tests.Architecture;

public sealed class ModuleBoundaryTests
{
    [Fact]
    public void ModuleReferences_WhenCompiled_PointOnlyToLowerLevels()
    {
        var violations = new List<string>();
        foreach (var (module, level) in ModuleMap.Levels)
        {
            foreach (var reference in module.GetReferencedAssemblies().Where(r => r.Name!.StartsWith("Zhixin.", StringComparison.Ordinal)))
            {
                var target = ModuleMap.Modules.FirstOrDefault(m => ModuleMap.Name(m) == reference.Name);
                if (target is null)
                {
                    violations.Add($"{ModuleMap.Name(module)} references {reference.Name}, which is not a known module");
                }
                else if (ModuleMap.Levels[target] >= level)
                {
                    violations.Add($"{ModuleMap.Name(module)} (level {level}) references {reference.Name} (level {ModuleMap.Levels[target]})");
                }
            }
        }

        Assert.Empty(violations);
    }

    /// <summary>
    /// Above the shared kernel, a module shows the others only its entry point, its routes, its text
    /// resources and its Contracts namespace; everything else is internal.
    /// </summary>
    [Fact]
    public void PublicTypes_WhenModuleAboveKernel_AreEntryPointRoutesTextOrContracts()
    {
        var violations = new List<string>();
        foreach (var (module, level) in ModuleMap.Levels.Where(m => m.Value > 0))
        {
            var name = ModuleMap.Name(module);
            foreach (var type in module.GetExportedTypes())
            {
                var allowed = type.Namespace?.StartsWith($"{name}.Contracts", StringComparison.Ordinal) == true
                    || type.Name.EndsWith("Module", StringComparison.Ordinal)
                    || type.Name.EndsWith("Routes", StringComparison.Ordinal)
                    || type.Name.EndsWith("Text", StringComparison.Ordinal)
                    // Razor compiles pages and their models as public types; the framework requires it.
                    || typeof(PageModel).IsAssignableFrom(type)
                    || typeof(RazorPageBase).IsAssignableFrom(type)
                    || type.Namespace?.StartsWith("AspNetCoreGeneratedDocument", StringComparison.Ordinal) == true;
                if (!allowed)
                {
                    violations.Add($"{type.FullName} (level {level}) is public but is not a contract");
                }
            }
        }

        Assert.Empty(violations);
    }

    [Fact]
    public void NonPublicClasses_WhenConcrete_AreSealed()
    {
        var unsealed = ModuleMap.Modules
            .SelectMany(m => m.GetTypes())
            .Where(t => t.IsClass && !t.IsAbstract && !t.IsSealed && !t.IsNested
                && !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), inherit: false)
                && t.Namespace?.StartsWith("Zhixin.", StringComparison.Ordinal) == true
                && !typeof(PageModel).IsAssignableFrom(t) && !typeof(RazorPageBase).IsAssignableFrom(t))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(unsealed);
    }
}

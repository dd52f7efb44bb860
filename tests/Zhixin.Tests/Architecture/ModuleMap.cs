using System.Reflection;
using Zhixin.Credit;
using Zhixin.Inspection;
using Zhixin.Plans;
using Zhixin.Platform;
using Zhixin.Register;

namespace Zhixin.Tests.Architecture;

/// <summary>The modules and their levels, as architecture.md lays them out; a new module is added here.</summary>
internal static class ModuleMap
{
    public static IReadOnlyDictionary<Assembly, int> Levels { get; } = new Dictionary<Assembly, int>
    {
        [typeof(PlatformModule).Assembly] = 0,
        [typeof(RegisterModule).Assembly] = 1,
        [typeof(PlansModule).Assembly] = 1,
        [typeof(InspectionModule).Assembly] = 2,
        [typeof(CreditModule).Assembly] = 4,
    };

    public static IEnumerable<Assembly> Modules => Levels.Keys;

    public static string Name(Assembly assembly) => assembly.GetName().Name!;
}

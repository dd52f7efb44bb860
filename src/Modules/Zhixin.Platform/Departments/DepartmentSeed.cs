using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Data;

namespace Zhixin.Platform.Departments;

/// <summary>
/// Loads the departments named by the seed plans (Departments/Data/departments.json) into the department
/// table: adds what is missing and corrects names, levels and aliases of shipped entries. Departments that
/// people added later are left alone.
/// </summary>
internal sealed class DepartmentSeed(PlatformDbContext db) : IReferenceDataSeed
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        var file = Load();
        var existing = await db.Departments.Include(d => d.Aliases).ToDictionaryAsync(d => d.Code, StringComparer.Ordinal, cancellationToken);
        foreach (var seeded in file.Departments)
        {
            if (!existing.TryGetValue(seeded.Code, out var department))
            {
                department = new Department { Code = seeded.Code, Name = seeded.Name, RegionCode = seeded.Region };
                db.Departments.Add(department);
            }

            department.Name = seeded.Name;
            department.Level = seeded.Level;
            department.RegionCode = seeded.Region;
            department.IsGeneric = seeded.Generic;
            foreach (var alias in seeded.Aliases.Append(seeded.Name).Distinct(StringComparer.Ordinal))
            {
                if (!department.Aliases.Any(a => a.Alias == alias))
                {
                    department.Aliases.Add(new DepartmentAlias { DepartmentCode = seeded.Code, Alias = alias });
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    internal static SeedFile Load()
    {
        using var stream = typeof(DepartmentSeed).Assembly.GetManifestResourceStream("Zhixin.Platform.Departments.Data.departments.json")
            ?? throw new InvalidOperationException("The embedded department table is missing from Zhixin.Platform.");
        return JsonSerializer.Deserialize<SeedFile>(stream, Json)
            ?? throw new InvalidDataException("The embedded department table is empty.");
    }

    internal sealed record SeedFile(string Source, IReadOnlyList<SeedDepartment> Departments);

    internal sealed record SeedDepartment(
        string Code,
        string Name,
        DepartmentLevel Level,
        string Region,
        IReadOnlyList<string> Aliases,
        bool Generic = false);
}

using System.Collections.Frozen;
using Zhixin.Platform.Departments.ListDepartments;
using Zhixin.Platform.Regions;
using Zhixin.Plans.Import.Parsing;

namespace Zhixin.Plans.Import.Matching;

/// <summary>
/// Finds the department a plan means by a name as written, following the table's matching rule
/// (Departments/Data/README.md): exact name or alias, in the plan's own jurisdiction first, then its parents
/// (city → province → national 000000). Each name is tried as written and in simplified characters, with and
/// without a leading 省/市 (lists prefix only their first item: 省教育厅、经贸委), and with the 省/市 prefix of
/// the list's first item when the caller passes it.
/// </summary>
internal sealed class DepartmentMatcher
{
    private const string National = "000000";

    private readonly FrozenDictionary<string, FrozenDictionary<string, DepartmentResponse>> byRegion;
    private readonly RegionTable regions;

    public DepartmentMatcher(IReadOnlyList<DepartmentResponse> departments, RegionTable? regions = null)
    {
        ArgumentNullException.ThrowIfNull(departments);
        this.regions = regions ?? RegionTable.Default;
        byRegion = departments
            .GroupBy(d => d.RegionCode, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => Index(g), StringComparer.Ordinal);
    }

    public DepartmentResponse? Match(string nameAsWritten, string jurisdictionRegionCode) =>
        Match(nameAsWritten, jurisdictionRegionCode, listPrefix: null);

    /// <summary><paramref name="listPrefix"/> is 省 or 市 when the list's first item starts with it.</summary>
    public DepartmentResponse? Match(string nameAsWritten, string jurisdictionRegionCode, char? listPrefix)
    {
        ArgumentNullException.ThrowIfNull(nameAsWritten);
        var forms = Forms(DepartmentNames.Normalise(nameAsWritten), listPrefix);
        foreach (var region in Jurisdictions(jurisdictionRegionCode))
        {
            if (!byRegion.TryGetValue(region, out var names))
            {
                continue;
            }

            foreach (var form in forms)
            {
                if (names.TryGetValue(form, out var department))
                {
                    return department;
                }
            }
        }

        return null;
    }

    // Both scripts of every name and alias, keyed by normalised form. Within one jurisdiction aliases are
    // unique; should two records still share a form, the first keeps it.
    private static FrozenDictionary<string, DepartmentResponse> Index(IEnumerable<DepartmentResponse> departments)
    {
        var index = new Dictionary<string, DepartmentResponse>(StringComparer.Ordinal);
        foreach (var department in departments)
        {
            foreach (var name in department.Aliases.Prepend(department.Name))
            {
                var normalised = DepartmentNames.Normalise(name);
                index.TryAdd(normalised, department);
                index.TryAdd(SimplifiedChinese.From(normalised), department);
            }
        }

        return index.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static List<string> Forms(string name, char? listPrefix)
    {
        var forms = new List<string>();
        foreach (var script in new[] { name, SimplifiedChinese.From(name) })
        {
            forms.Add(script);
            if (script.Length > 2 && script[0] is '省' or '市')
            {
                forms.Add(script[1..]);
            }
            else
            {
                if (listPrefix is { } prefix)
                {
                    forms.Add(prefix + script);
                }

                forms.Add("省" + script);
                forms.Add("市" + script);
            }
        }

        return [.. forms.Distinct(StringComparer.Ordinal)];
    }

    // The jurisdiction, then its parents up to the province, then the national level.
    private IEnumerable<string> Jurisdictions(string regionCode)
    {
        var chain = regions.Find(regionCode)?.Chain().Select(r => r.Code) ?? [regionCode];
        foreach (var code in chain)
        {
            yield return code;
        }

        if (!string.Equals(regionCode, National, StringComparison.Ordinal))
        {
            yield return National;
        }
    }
}

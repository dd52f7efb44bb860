using Zhixin.Platform.Regions;
using Zhixin.Plans.Import.Parsing;

namespace Zhixin.Plans.Import.Matching;

/// <summary>
/// The region whose departments a plan names: the province or city in the issuer (福建省质量技术监督局 →
/// 350000, 萍鄉市人民政府 → 360300), else in the title, else the province abbreviation that opens the document
/// number (闽质强省办 → 350000); national (000000) when none says. Names are compared in simplified characters,
/// so traditional copies resolve too; a city wins over its province when both appear.
/// </summary>
internal sealed class JurisdictionFinder(RegionTable regions)
{
    public const string National = "000000";

    // The one-character abbreviations that open provincial document numbers (闽政, 津政办发, 豫政办).
    private static readonly (string Abbreviation, string Code)[] Abbreviations =
    [
        ("京", "110000"), ("津", "120000"), ("冀", "130000"), ("晋", "140000"), ("蒙", "150000"), ("辽", "210000"),
        ("吉", "220000"), ("黑", "230000"), ("沪", "310000"), ("苏", "320000"), ("浙", "330000"), ("皖", "340000"),
        ("闽", "350000"), ("赣", "360000"), ("鲁", "370000"), ("豫", "410000"), ("鄂", "420000"), ("湘", "430000"),
        ("粤", "440000"), ("桂", "450000"), ("琼", "460000"), ("渝", "500000"), ("川", "510000"), ("贵", "520000"),
        ("黔", "520000"), ("云", "530000"), ("滇", "530000"), ("藏", "540000"), ("陕", "610000"), ("甘", "620000"),
        ("陇", "620000"), ("青", "630000"), ("宁", "640000"), ("新", "650000"),
    ];

    private static readonly string[] PlaceholderNames = ["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"];

    public JurisdictionFinder()
        : this(RegionTable.Default)
    {
    }

    public string Find(ParsedPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var text in new[] { plan.Issuer, plan.Title })
        {
            if (text is not null && FindInText(SimplifiedChinese.From(text)) is { } code)
            {
                return code;
            }
        }

        if (plan.DocumentNumber is { Length: > 0 } number && !number.StartsWith('国'))
        {
            var first = SimplifiedChinese.From(number)[..1];
            foreach (var (abbreviation, code) in Abbreviations)
            {
                if (string.Equals(abbreviation, first, StringComparison.Ordinal))
                {
                    return code;
                }
            }
        }

        return National;
    }

    private string? FindInText(string text)
    {
        Region? best = null;
        foreach (var region in regions.All)
        {
            if (region.Level == RegionLevel.County || PlaceholderNames.Contains(region.Name, StringComparer.Ordinal))
            {
                continue;
            }

            var at = text.IndexOf(region.Name, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            // Prefer the region named first in the text; among names at the same place, the more specific one.
            if (best is null || at < text.IndexOf(best.Name, StringComparison.Ordinal)
                || (at == text.IndexOf(best.Name, StringComparison.Ordinal) && region.Level > best.Level))
            {
                best = region;
            }
        }

        return best is null ? null : Descend(text, best).Code;
    }

    // "江西省萍乡市…", "厦门市思明区人民政府": the first name found may be a province or a city, but a city or a
    // county inside it named in the same text is the plan's jurisdiction. Only the children of the region already
    // found are tried, so a county name shared by several cities (城关区) cannot mislead.
    private Region Descend(string text, Region found)
    {
        while (found.Level != RegionLevel.County)
        {
            var child = regions.ChildrenOf(found)
                .Where(c => !PlaceholderNames.Contains(c.Name, StringComparer.Ordinal) && text.Contains(c.Name, StringComparison.Ordinal))
                .OrderByDescending(c => c.Name.Length)
                .FirstOrDefault();
            if (child is null && found.Level == RegionLevel.Province)
            {
                // Counties of a province-level city sit under a 市辖区 placeholder (天津市 → 市辖区 → 和平区).
                child = regions.ChildrenOf(found).Where(c => PlaceholderNames.Contains(c.Name, StringComparer.Ordinal))
                    .SelectMany(regions.ChildrenOf)
                    .FirstOrDefault(c => text.Contains(c.Name, StringComparison.Ordinal));
            }

            if (child is null)
            {
                return found;
            }

            found = child;
        }

        return found;
    }
}

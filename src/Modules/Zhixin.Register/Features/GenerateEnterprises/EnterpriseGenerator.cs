using Zhixin.Platform.Codes;
using Zhixin.Platform.Regions;
using Zhixin.Register.Domain;

namespace Zhixin.Register.Features.GenerateEnterprises;

/// <summary>
/// Deterministic synthetic enterprises in the seed plans' regions (福建省, 天津市, 河南省, 江西省萍乡市):
/// the same seed always yields the same rows, and the credit codes are valid and distinct for the first
/// 31⁸ rows, because row i's organization-code body is i spread over the 31-symbol set by a bijection.
/// </summary>
internal static class EnterpriseGenerator
{
    public static readonly string[] SeedRegions = ["350000", "120000", "410000", "360300"];

    private const long BodySpace = 852_891_037_441; // 31^8
    private const long Spread = 594_823_321; // coprime with 31, so i → i·Spread mod 31^8 is a bijection

    private static readonly string[] TradeSyllables =
        ["鑫", "华", "达", "盛", "恒", "宏", "泰", "源", "兴", "隆", "丰", "瑞", "祥", "安", "康", "信", "诚", "德", "永", "新",
         "正", "和", "顺", "通", "利", "金", "海", "天", "宇", "明", "昌", "荣", "嘉", "裕", "凯", "远", "博", "创", "峰", "东"];

    private static readonly (string Industry, string Word)[] Trades =
    [
        ("C1351", "肉类加工"), ("C1440", "乳业"), ("C1431", "食品"), ("C1761", "纺织"), ("C1810", "服饰"),
        ("C2110", "家具"), ("C2927", "塑料制品"), ("C3011", "建材"), ("C3311", "钢结构"), ("C3851", "电器"),
        ("C3442", "机械"), ("C2451", "玩具"), ("C3761", "电动车"), ("F5127", "食品贸易"), ("F5211", "超市"),
        ("I6513", "科技"), ("C2664", "日用化学品"), ("C2231", "纸制品"),
    ];

    private static readonly string[] Forms = ["有限公司", "有限公司", "有限公司", "股份有限公司", "有限责任公司"];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "林", "郭", "何", "高", "罗", "郑", "梁", "谢"];

    private static readonly string[] GivenNames = ["伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "霞", "平", "刚", "辉", "玲"];

    private static readonly (EnterpriseStatus Status, int Weight)[] Statuses =
    [
        (EnterpriseStatus.Active, 88), (EnterpriseStatus.Deregistered, 4), (EnterpriseStatus.Revoked, 3),
        (EnterpriseStatus.Suspended, 2), (EnterpriseStatus.MovedOut, 2), (EnterpriseStatus.Cancelled, 1),
    ];

    public static IEnumerable<EnterpriseDetails> Generate(long count, int seed)
    {
        if (count > BodySpace)
        {
            throw new ArgumentOutOfRangeException(nameof(count), $"At most {BodySpace:N0} distinct codes can be generated.");
        }

        var counties = SeedRegions
            .SelectMany(code => Descendants(RegionTable.Default.Find(code)!))
            .Where(r => r.Level == RegionLevel.County)
            .ToArray();
        var random = new Random(seed);
        var offset = (long)(random.NextDouble() * BodySpace);
        var epoch = new DateOnly(1990, 1, 1).DayNumber;
        var span = new DateOnly(2024, 12, 31).DayNumber - epoch;
        for (long i = 0; i < count; i++)
        {
            var county = counties[random.Next(counties.Length)];
            var body = Body((long)((((UInt128)(ulong)i * Spread) + (ulong)offset) % BodySpace));
            var orgCode = body + OrgCode.ComputeCheckCharacter(body);
            var first17 = $"91{county.Code}{orgCode}";
            var creditCode = CreditCode.Parse(first17 + CreditCode.ComputeCheckCharacter(first17)).GetValueOrThrow();
            var (industry, word) = Trades[random.Next(Trades.Length)];
            var city = (county.Parent?.Level == RegionLevel.City && county.Parent.Name != "市辖区" ? county.Parent : county.Parent?.Parent ?? county)!.Name;
            var name = $"{Short(city)}{TradeSyllables[random.Next(TradeSyllables.Length)]}{TradeSyllables[random.Next(TradeSyllables.Length)]}{word}{Forms[random.Next(Forms.Length)]}";
            var representative = Surnames[random.Next(Surnames.Length)] + GivenNames[random.Next(GivenNames.Length)] + (random.Next(3) == 0 ? "" : GivenNames[random.Next(GivenNames.Length)]);
            var address = $"{county.FullName}{TradeSyllables[random.Next(TradeSyllables.Length)]}{GivenNames[random.Next(GivenNames.Length)]}路{random.Next(1, 999)}号";
            var established = DateOnly.FromDayNumber(epoch + random.Next(span + 1));
            yield return new EnterpriseDetails(creditCode, name, RegionCode.Parse(county.Code).GetValueOrThrow(), industry,
                PickStatus(random), representative, address, established);
        }
    }

    private static string Body(long value)
    {
        Span<char> body = stackalloc char[8];
        for (var position = 7; position >= 0; position--)
        {
            body[position] = CreditCode.Alphabet[(int)(value % 31)];
            value /= 31;
        }

        return new string(body);
    }

    private static string Short(string cityName) => cityName.EndsWith('市') ? cityName[..^1] : cityName;

    private static EnterpriseStatus PickStatus(Random random)
    {
        var roll = random.Next(100);
        foreach (var (status, weight) in Statuses)
        {
            if ((roll -= weight) < 0)
            {
                return status;
            }
        }

        return EnterpriseStatus.Active;
    }

    private static IEnumerable<Region> Descendants(Region region) =>
        RegionTable.Default.All.Where(r => r.Chain().Contains(region));
}

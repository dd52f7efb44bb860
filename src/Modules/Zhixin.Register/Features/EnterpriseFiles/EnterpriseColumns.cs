using Zhixin.Register.Domain;

namespace Zhixin.Register.Features.EnterpriseFiles;

/// <summary>
/// The columns of an enterprise spreadsheet. Export writes the Chinese headers; import also accepts the
/// English field names and common variants, so a file exported here re-imports unchanged.
/// </summary>
internal static class EnterpriseColumns
{
    public sealed record Column(string Field, string Header, bool Required, params string[] Aliases);

    public static IReadOnlyList<Column> All { get; } =
    [
        new(EnterpriseFields.Names.CreditCode, "统一社会信用代码", true, "creditCode", "credit_code", "社会信用代码", "信用代码", "统一代码"),
        new(EnterpriseFields.Names.Name, "企业名称", true, "name", "名称", "单位名称", "企业（单位）名称"),
        new(EnterpriseFields.Names.RegionCode, "行政区划代码", true, "regionCode", "region_code", "区划代码", "所在地区划代码"),
        new(EnterpriseFields.Names.OrgCode, "组织机构代码", false, "orgCode", "org_code"),
        new(EnterpriseFields.Names.IndustryCode, "行业代码", false, "industryCode", "industry_code", "国民经济行业代码", "行业"),
        new(EnterpriseFields.Names.Status, "登记状态", false, "status", "经营状态", "企业状态"),
        new(EnterpriseFields.Names.LegalRepresentative, "法定代表人", false, "legalRepresentative", "legal_representative", "法人代表", "负责人"),
        new(EnterpriseFields.Names.Address, "住所", false, "address", "地址", "注册地址", "经营场所"),
        new(EnterpriseFields.Names.EstablishedOn, "成立日期", false, "establishedOn", "established_on", "成立时间", "注册日期"),
    ];

    /// <summary>Headers in export order: the Chinese names.</summary>
    public static IReadOnlyList<string> ExportHeader { get; } = [.. All.Select(c => c.Header)];

    public static Column? Match(string header)
    {
        var text = Normalize(header);
        return All.FirstOrDefault(c => Normalize(c.Header) == text || c.Aliases.Any(a => Normalize(a) == text));
    }

    public static string HeaderOf(string field) => All.First(c => c.Field == field).Header;

    public static IReadOnlyList<string?> ToRow(Enterprise e) =>
        Row(e.CreditCode, e.Name, e.RegionCode, e.OrgCode, e.IndustryCode, e.Status, e.LegalRepresentative, e.Address, e.EstablishedOn);

    public static IReadOnlyList<string?> ToRow(EnterpriseDetails d) =>
        Row(d.CreditCode.Value, d.Name, d.Region.Value, d.CreditCode.OrganizationCode.Value, d.IndustryCode, d.Status, d.LegalRepresentative, d.Address, d.EstablishedOn);

    private static IReadOnlyList<string?> Row(
        string creditCode, string name, string region, string orgCode, string? industry, EnterpriseStatus status,
        string? representative, string? address, DateOnly? established) =>
    [
        creditCode,
        name,
        region,
        orgCode,
        industry,
        EnterpriseStatuses.Label(status),
        representative,
        address,
        established?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    ];

    // Headers arrive with full-width brackets, stray spaces, a trailing colon or an asterisk marking required.
    private static string Normalize(string header) =>
        new string([.. header.Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c) && c is not '*' and not ':')])
            .ToUpperInvariant();
}

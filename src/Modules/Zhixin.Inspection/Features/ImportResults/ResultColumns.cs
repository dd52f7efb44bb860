namespace Zhixin.Inspection.Features.ImportResults;

/// <summary>
/// The columns of a results file: one row per test item, the report's laboratory, number and date repeated on
/// every row of its batch. Headers are matched after trimming; the JSON names of the API are accepted as well, so a
/// file exported by another system with English headers needs no renaming.
/// </summary>
internal static class ResultColumns
{
    public const string SamplingNumber = "抽样单编号";
    public const string ItemName = "检验项目";
    public const string StandardClause = "标准条款";
    public const string Requirement = "标准要求";
    public const string MeasuredValue = "实测值";
    public const string Verdict = "单项结论";
    public const string Laboratory = "检验机构";
    public const string ReportNumber = "报告编号";
    public const string IssuedOn = "签发日期";

    /// <summary>In file order, with the API's field name and whether the column must be present.</summary>
    public static IReadOnlyList<(string Header, string Field, bool Required)> All { get; } =
    [
        (SamplingNumber, "samplingNumber", true),
        (ItemName, "itemName", true),
        (StandardClause, "standardClause", true),
        (Requirement, "requirement", false),
        (MeasuredValue, "measuredValue", false),
        (Verdict, "verdict", true),
        (Laboratory, "laboratory", true),
        (ReportNumber, "reportNumber", true),
        (IssuedOn, "issuedOn", true),
    ];

    public static IReadOnlyList<string> Headers { get; } = [.. All.Select(c => c.Header)];

    /// <summary>The column a header names, or null.</summary>
    public static string? Match(string header)
    {
        var text = header.Trim();
        return All.FirstOrDefault(c => c.Header == text || string.Equals(c.Field, text, StringComparison.OrdinalIgnoreCase)).Header;
    }

    /// <summary>The column a field of the results request is read from ("laboratory" → 检验机构).</summary>
    public static string? OfField(string field) =>
        All.FirstOrDefault(c => string.Equals(c.Field, field, StringComparison.Ordinal)).Header;

    /// <summary>Where a column stands in the template, for sorting errors the way the row reads; -1 for none.</summary>
    public static int Position(string? header)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i].Header == header)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>An example row for the template, as a lab's report would fill it.</summary>
    public static IReadOnlyList<string> Example { get; } =
        ["CY-2026-0001", "导体电阻", "GB/T 5023.3-2008 第 2.4 条", "≤ 7.41 Ω/km", "7.30 Ω/km", "合格", "福建省产品质量检验研究院", "R-2026-0001", "2026-06-01"];
}

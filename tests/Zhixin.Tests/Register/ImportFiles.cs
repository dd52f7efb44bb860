using System.Text;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Register;

/// <summary>Import files as government offices produce them, written by the tests.</summary>
internal static class ImportFiles
{
    public const string Header = "统一社会信用代码,企业名称,行政区划代码,组织机构代码,行业代码,登记状态,法定代表人,住所,成立日期";

    public sealed record Row(string CreditCode, string Name, string Region = "350203", string? OrgCode = null, string Industry = "C1351",
        string Status = "存续", string Representative = "陈明", string Address = "福建省厦门市思明区测试路 1 号", string Established = "2015-03-18")
    {
        public string ToCsv() => string.Join(',', CreditCode, Name, Region, OrgCode ?? "", Industry, Status, Representative, Address, Established);

        public string[] Cells() => [CreditCode, Name, Region, OrgCode ?? "", Industry, Status, Representative, Address, Established];
    }

    public static Row NewRow(string region = "350203") => new(TestCodes.CreditCode(region), $"导入测试{TestCodes.Token()}有限公司", region);

    public static string Csv(string path, Encoding encoding, params Row[] rows) => CsvLines(path, encoding, [Header, .. rows.Select(r => r.ToCsv())]);

    public static string CsvLines(string path, Encoding encoding, params string[] lines)
    {
        File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n", encoding);
        return path;
    }

    public static Encoding Gbk()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GBK");
    }
}

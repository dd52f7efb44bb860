using System.Globalization;
using Zhixin.Platform.Tabular;

namespace Zhixin.Tests.Platform.Tabular;

/// <summary>Measured alone: GC.GetTotalMemory sees the whole process, so parallel tests would blur it.</summary>
[CollectionDefinition(nameof(TabularMemoryTests), DisableParallelization = true)]
public sealed class TabularMemoryTestsRunAlone;

[Collection(nameof(TabularMemoryTests))]
public sealed class TabularMemoryTests(ITestOutputHelper output) : IDisposable
{
    private const long Budget = 64L << 20;
    private const int Columns = 8;

    private static readonly string[] Header = ["统一社会信用代码", "企业名称", "地址", "法定代表人", "电话", "成立日期", "经营范围", "备注"];

    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void WriteAndRead_WhenCsvHas300000Rows_LiveMemoryStaysBounded() =>
        WriteAndRead(TabularFormat.Csv, "large.csv", 300_000);

    [Fact]
    public void WriteAndRead_WhenXlsxHas100000Rows_LiveMemoryStaysBounded() =>
        WriteAndRead(TabularFormat.Xlsx, "large.xlsx", 100_000);

    private void WriteAndRead(TabularFormat format, string name, int rowCount)
    {
        var path = temp.File(name);
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var peak = 0L;

        using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var writer = TabularWriter.Create(file, format, Header))
        {
            for (var i = 0; i < rowCount; i++)
            {
                writer.WriteRow(MakeRow(i));
                if (i % 50_000 == 0)
                {
                    peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
                }
            }
        }

        var writePeak = peak;
        peak = 0;
        var count = 0;
        string? last = null;
        using (var reader = TabularFile.Open(path))
        {
            Assert.Equal(Header, reader.Header);
            foreach (var row in reader.Rows())
            {
                if (count++ % 50_000 == 0)
                {
                    peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
                }

                last = row.Cells[1];
            }

            peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
        }

        var after = GC.GetTotalMemory(forceFullCollection: true) - baseline;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{format}: {rowCount:N0} rows, file {new FileInfo(path).Length / 1e6:F1} MB; live memory above baseline: " +
            $"writing ≤ {writePeak / 1e6:F1} MB, reading ≤ {peak / 1e6:F1} MB, after {after / 1e6:F1} MB"));

        Assert.Equal(rowCount, count);
        Assert.Equal(MakeRow(rowCount - 1)[1], last);
        Assert.InRange(writePeak, long.MinValue, Budget);
        Assert.InRange(peak, long.MinValue, Budget);
        Assert.InRange(after, long.MinValue, Budget);
    }

    private static string?[] MakeRow(int i)
    {
        var row = new string?[Columns];
        row[0] = string.Create(CultureInfo.InvariantCulture, $"91350200MA{i:D8}");
        row[1] = string.Create(CultureInfo.InvariantCulture, $"福建省厦门市某某贸易有限公司第{i}分公司");
        row[2] = string.Create(CultureInfo.InvariantCulture, $"厦门市思明区湖滨南路{i % 999}号，{i % 30}楼");
        row[3] = "张三";
        row[4] = "0592-5551234";
        row[5] = "2024-01-01";
        row[6] = "食品销售；预包装食品";
        row[7] = i % 7 == 0 ? "备注\"含引号\"" : null;
        return row;
    }
}

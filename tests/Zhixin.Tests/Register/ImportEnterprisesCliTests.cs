using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Spreadsheet;
using Zhixin.Tests.Infrastructure;
using Zhixin.Tests.Platform.Tabular;

namespace Zhixin.Tests.Register;

/// <summary><c>zhixin import enterprises FILE</c> through the real executable, on both engines.</summary>
public sealed class ImportEnterprisesCliTests(Apps apps) : IClassFixture<Apps>, IDisposable
{
    private readonly TempDirectory files = new();

    public void Dispose() => files.Dispose();

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Import_WhenSameCsvTwice_StoresOnceAndChangesNothingTheSecondTime(Engine engine)
    {
        var app = apps[engine];
        var rows = new[] { ImportFiles.NewRow(), ImportFiles.NewRow("350102"), ImportFiles.NewRow("120101") };
        var path = ImportFiles.Csv(files.File("good.csv"), new UTF8Encoding(false), rows);

        var first = await ZhixinCli.RunAsync(app, "import", "enterprises", path);
        var second = await ZhixinCli.RunAsync(app, "import", "enterprises", path);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("已导入过", second.Output, StringComparison.Ordinal);
        Assert.Equal(3, await CountAsync(app, rows));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Import_WhenCsvIsGbk_DecodesChineseNames(Engine engine)
    {
        var app = apps[engine];
        var row = ImportFiles.NewRow() with { Name = $"厦门鑫达食品{TestCodes.Token()}有限公司" };
        var path = ImportFiles.Csv(files.File("gbk.csv"), ImportFiles.Gbk(), row);

        var result = await ZhixinCli.RunAsync(app, "import", "enterprises", path);

        Assert.True(result.ExitCode == 0, result.Error);
        var table = RawSql.Table(app, "register", "enterprises");
        Assert.Equal(row.Name, await RawSql.ScalarAsync(app, $"SELECT name FROM {table} WHERE credit_code = '{row.CreditCode}'"));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Import_WhenOneRowHasWrongCheckCharacter_StoresNothingAndNamesRowAndExpectedCharacter(Engine engine)
    {
        var app = apps[engine];
        var good = ImportFiles.NewRow();
        var bad = ImportFiles.NewRow();
        var expected = bad.CreditCode[^1];
        var wrong = bad with { CreditCode = bad.CreditCode[..^1] + (expected == '0' ? '1' : '0') };
        var path = ImportFiles.Csv(files.File("check.csv"), new UTF8Encoding(false), good, wrong);

        var result = await ZhixinCli.RunAsync(app, "import", "enterprises", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("第 3 行", result.Error, StringComparison.Ordinal);
        Assert.Contains($"应为“{expected}”", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(app, good));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Import_WhenHeaderLacksRequiredColumn_RejectsFileNamingTheColumn(Engine engine)
    {
        var app = apps[engine];
        var row = ImportFiles.NewRow();
        var path = ImportFiles.CsvLines(files.File("header.csv"), new UTF8Encoding(false), "统一社会信用代码,名字,行政区划代码", $"{row.CreditCode},{row.Name},{row.Region}");

        var result = await ZhixinCli.RunAsync(app, "import", "enterprises", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("缺少必填列“企业名称”", result.Error, StringComparison.Ordinal);
        Assert.Contains("无法识别的列标题“名字”", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(app, row));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Import_WhenOrgCodeDisagreesWithCreditCode_ReportsBoth(Engine engine)
    {
        var app = apps[engine];
        var row = ImportFiles.NewRow() with { OrgCode = "19220382-1" };
        var path = ImportFiles.Csv(files.File("org.csv"), new UTF8Encoding(false), row);

        var result = await ZhixinCli.RunAsync(app, "import", "enterprises", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("组织机构代码 19220382-1 与统一社会信用代码第 9–17 位", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Import_WhenCodeRepeatsInFileOrDiffersFromRegister_ReportsEachDuplicate(Engine engine)
    {
        var app = apps[engine];
        var existing = ImportFiles.NewRow();
        Assert.Equal(0, (await ZhixinCli.RunAsync(app, "import", "enterprises", ImportFiles.Csv(files.File("first.csv"), new UTF8Encoding(false), existing))).ExitCode);
        var twice = ImportFiles.NewRow();
        var changed = existing with { Name = existing.Name + "（更名）" };
        var path = ImportFiles.Csv(files.File("dups.csv"), new UTF8Encoding(false), twice, twice with { Name = "另一个名称有限公司" }, changed);

        var result = await ZhixinCli.RunAsync(app, "import", "enterprises", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"统一社会信用代码 {twice.CreditCode} 在文件中重复（第 2 行已出现）", result.Error, StringComparison.Ordinal);
        Assert.Contains($"统一社会信用代码 {existing.CreditCode} 已在企业名录中", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(app, twice));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Import_WhenEmptyRowBetweenDataRows_ReportsIt(Engine engine)
    {
        var app = apps[engine];
        var a = ImportFiles.NewRow();
        var b = ImportFiles.NewRow();
        var path = ImportFiles.CsvLines(files.File("empty.csv"), new UTF8Encoding(false), ImportFiles.Header, a.ToCsv(), ",,,,,,,,", b.ToCsv(), "");

        var result = await ZhixinCli.RunAsync(app, "import", "enterprises", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("第 3 行是空行", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(app, a, b));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Import_WhenXlsxIsValid_StoresRows(Engine engine)
    {
        var app = apps[engine];
        var rows = new[] { ImportFiles.NewRow(), ImportFiles.NewRow("410105") };
        var path = files.File("good.xlsx");
        XlsxFixture.WriteSheet(path, [XlsxFixture.Header(ImportFiles.Header.Split(',')), .. rows.Select((r, i) => TextRow((uint)(i + 2), r.Cells()))]);

        var result = await ZhixinCli.RunAsync(app, "import", "enterprises", path);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(2, await CountAsync(app, rows));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Import_WhenXlsxHasFormulaAndMergedCells_RejectsNamingCells(Engine engine)
    {
        var app = apps[engine];
        var a = ImportFiles.NewRow();
        var b = ImportFiles.NewRow();
        var path = files.File("formula.xlsx");
        var formulaRow = TextRow(3, b.Cells());
        formulaRow.ReplaceChild(XlsxFixture.Formula("B3", "CONCATENATE(\"厦门\",\"公司\")", "厦门公司"), formulaRow.Elements<Cell>().ElementAt(1));
        XlsxFixture.Write(path, workbook => XlsxFixture.AddSheet(workbook, "Sheet1",
            [XlsxFixture.Header(ImportFiles.Header.Split(',')), TextRow(2, a.Cells()), formulaRow],
            new MergeCells(new MergeCell { Reference = "G2:H2" })));

        var result = await ZhixinCli.RunAsync(app, "import", "enterprises", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("是公式", result.Error, StringComparison.Ordinal);
        Assert.Contains("G2:H2", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(app, a, b));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Import_WhenFileNamedXlsxIsText_RejectsWithClearMessage(Engine engine)
    {
        var app = apps[engine];
        var path = ImportFiles.Csv(files.File("renamed.xlsx"), new UTF8Encoding(false), ImportFiles.NewRow());

        var result = await ZhixinCli.RunAsync(app, "import", "enterprises", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("不是有效的 Excel 工作簿", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_WhenFileMissing_ExitsNonZeroWithMessage()
    {
        var result = await ZhixinCli.RunAsync(apps[Engine.Sqlite], "import", "enterprises", files.File("absent.csv"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("does not exist", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite, "csv")]
    [InlineData(Engine.Postgres, "xlsx")]
    public async Task Export_WhenReimported_ReportsEveryRowUnchanged(Engine engine, string format)
    {
        var app = apps[engine];
        var rows = new[] { ImportFiles.NewRow("360302"), ImportFiles.NewRow("360313") };
        Assert.Equal(0, (await ZhixinCli.RunAsync(app, "import", "enterprises", ImportFiles.Csv(files.File("seed.csv"), new UTF8Encoding(false), rows))).ExitCode);
        var exported = files.File($"export.{format}");

        var export = await ZhixinCli.RunAsync(app, "export", "enterprises", exported, "--region", "360300");
        var reimport = await ZhixinCli.RunAsync(app, "import", "enterprises", exported);

        Assert.True(export.ExitCode == 0, export.Error);
        Assert.True(reimport.ExitCode == 0, reimport.Error);
        Assert.Matches(@"新增 0 家，\d+ 家与名录一致", reimport.Output);
    }

    private static Row TextRow(uint number, string[] cells) =>
        XlsxFixture.Row(number, [.. cells.Select((text, i) => XlsxFixture.Text($"{(char)('A' + i)}{number}", text))]);

    private static async Task<long> CountAsync(ZhixinApp app, params ImportFiles.Row[] rows)
    {
        var table = RawSql.Table(app, "register", "enterprises");
        var codes = string.Join(",", rows.Select(r => $"'{r.CreditCode}'"));
        return Convert.ToInt64(await RawSql.ScalarAsync(app, $"SELECT COUNT(*) FROM {table} WHERE credit_code IN ({codes})"), CultureInfo.InvariantCulture);
    }
}

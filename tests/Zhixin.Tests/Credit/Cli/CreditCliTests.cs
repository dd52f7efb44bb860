using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Platform.Identity;
using Zhixin.Tests.Credit.Api;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Credit.Cli;

/// <summary><c>zhixin credit show</c> and <c>zhixin credit rescore</c> through the real executable.</summary>
public sealed partial class CreditCliTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Show_WhenJson_PrintsGradeScoreRiskClassAndLines(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        await TestCredit.RecordAsync(siming, firm, "administrativePenalty", "serious", "2026-10-15");
        await TestCredit.RecordAsync(siming, firm, "certification");

        var result = await ZhixinCli.RunAsync(app, "credit", "show", firm, "--format", "json");

        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var current = json.RootElement.GetProperty("current");
        Assert.Equal(firm, json.RootElement.GetProperty("creditCode").GetString());
        Assert.Equal("D", current.GetProperty("grade").GetString());
        Assert.Equal(62m, current.GetProperty("score").GetDecimal());
        Assert.Equal("N2.3", current.GetProperty("gradeCappedBy").GetString());
        Assert.Equal("D", current.GetProperty("riskClass").GetString());
        var lines = current.GetProperty("lines");
        Assert.Equal(2, lines.GetArrayLength());
        Assert.Equal("−40：2026-10-15 行政处罚（规则 N2.3，第 1 版），计至 2029-10-14", lines[0].GetProperty("text").GetString());
        Assert.Equal("P1", lines[1].GetProperty("rule").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("records").GetArrayLength());
    }

    [Fact]
    public async Task Show_WhenText_PrintsTheSummaryAndOneLinePerRule()
    {
        var app = apps[Engine.Sqlite];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);
        await TestCredit.RecordAsync(siming, firm, "spotCheckFailed", occurredOn: "2026-06-01");

        var result = await ZhixinCli.RunAsync(app, "credit", "show", firm);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.StartsWith(firm + "  信用测试企业", result.Output, StringComparison.Ordinal);
        Assert.Contains("信用等级 B（B 基本守信），得分 85；内部风险分类 C；评分规则第 1 版", result.Output, StringComparison.Ordinal);
        Assert.Contains("  −15：2026-06-01 监督抽查不合格（规则 N1，第 1 版），计至 2028-05-31  测试记录", result.Output, StringComparison.Ordinal);
        Assert.Contains("风险分类依据 R-C2：12个月内监督抽查不合格", result.Output, StringComparison.Ordinal);
        Assert.Contains("自 2028-06-01 起可达 A（A 守信）", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_WhenFirmHasNoRecords_SaysItIsNotScored()
    {
        var app = apps[Engine.Sqlite];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var firm = await TestCredit.FirmAsync(siming);

        var result = await ZhixinCli.RunAsync(app, "credit", "show", firm);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("尚未评分", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Show_WhenCodeUnknown_ExitsNonZeroNamingTheCode(Engine engine)
    {
        var code = TestCodes.CreditCode();

        var result = await ZhixinCli.RunAsync(apps[engine], "credit", "show", code);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"没有统一社会信用代码为 {code} 的企业的信用档案", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_WhenCodeMalformed_ExitsNonZeroNamingWhatWasGiven()
    {
        var result = await ZhixinCli.RunAsync(apps[Engine.Sqlite], "credit", "show", "12345");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("12345", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Rescore_WhenARecordWasNotYetScored_ScoresItAndPrintsTheCounts(Engine engine)
    {
        var app = apps[engine];
        var siming = await app.SignInAsync(Roles.Regulator, "350203");
        var scored = await TestCredit.FirmAsync(siming);
        await TestCredit.RecordAsync(siming, scored, "recall");
        var unscored = await TestCredit.FirmAsync(siming);
        await AddRecordWithoutScoringAsync(app, unscored);

        var result = await ZhixinCli.RunAsync(app, "credit", "rescore");

        Assert.True(result.ExitCode == 0, result.Error);
        var counts = Rescored().Match(result.Output);
        Assert.True(counts.Success, result.Output);
        var (enterprises, rescored, changed, gradeChanged) = (Count(counts, 1), Count(counts, 2), Count(counts, 3), Count(counts, 4));
        Assert.True(enterprises >= 2, result.Output);
        Assert.InRange(rescored, 1, enterprises);
        Assert.InRange(changed, 1, rescored);
        Assert.InRange(gradeChanged, 1, changed);
        var file = await TestCredit.FileAsync(siming, unscored);
        Assert.Equal(("D", "rescore"), (file.Current!.Grade, file.Current.Trigger));
    }

    /// <summary>A record stored as an import would before its scoring ran: the firm has a record but no assessment.</summary>
    private static Task<int> AddRecordWithoutScoringAsync(ZhixinApp app, string firm) => app.WithServicesAsync(async services =>
    {
        var db = services.GetRequiredService<CreditDbContext>();
        var now = app.Clock.GetUtcNow();
        db.Records.Add(new CreditRecord
        {
            Id = Guid.CreateVersion7(now),
            EnterpriseCreditCode = firm,
            EnterpriseName = "信用测试企业",
            RegionCode = "350203",
            Kind = CreditRecordKind.QualityAccident,
            Severity = RecordSeverity.Serious,
            OccurredOn = new DateOnly(2026, 8, 1),
            Title = "重大质量事故",
            SourceModule = "manual",
            SourceReference = Guid.CreateVersion7(now).ToString("N"),
            CreatedAt = now,
            CreatedBy = "test",
        });
        return await db.SaveChangesAsync();
    });

    private static int Count(Match match, int group) => int.Parse(match.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"已检查 (\d+) 家企业，重新评分 (\d+) 家，(\d+) 家评分有变化，(\d+) 家等级有变化")]
    private static partial Regex Rescored();
}

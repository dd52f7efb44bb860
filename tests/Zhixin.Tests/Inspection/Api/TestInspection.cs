using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Inspection;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.Features;
using Zhixin.Register;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Inspection.Api;

/// <summary>A catalogue edition with two products, a plan on it and firms in the register, each with unique codes.</summary>
internal sealed record InspectionSetup(string EditionCode, Guid PlanId, string PlanCode);

internal static class TestInspection
{
    public const string Cables = "0402";
    public const string Toys = "0501";

    /// <summary>A national-style edition written directly (regional officials cannot edit a national edition).</summary>
    public static Task<string> EditionAsync(ZhixinApp app, string issuer = "000000") => app.WithServicesAsync(async services =>
    {
        var db = services.GetRequiredService<InspectionDbContext>();
        var code = "t-" + TestCodes.Token();
        var edition = new CatalogueEdition
        {
            Id = Guid.CreateVersion7(),
            Code = code,
            Name = "测试目录 " + code,
            IssuerRegionCode = issuer,
            EffectiveFrom = new DateOnly(2026, 1, 1),
            Source = "测试",
            CreatedAt = app.Clock.GetUtcNow(),
            CreatedBy = "test",
        };
        edition.Products.Add(Product(edition.Id, "04", "电子电器", Cables, "电线电缆", RiskLevel.High, "C383", "导体电阻\n绝缘厚度"));
        edition.Products.Add(Product(edition.Id, "05", "儿童用品", Toys, "儿童玩具", RiskLevel.Elevated, "C245", "小零件\n可触及锐利边缘"));
        db.Editions.Add(edition);
        await db.SaveChangesAsync();
        return code;
    });

    public static async Task<InspectionSetup> PlanAsync(ZhixinApp app, HttpClient regulator, string region = "350203", int budget = 20)
    {
        var edition = await EditionAsync(app);
        var code = "P-" + TestCodes.Token();
        var response = await regulator.PostAsJsonAsync(InspectionRoutes.ApiPlans, new
        {
            code,
            title = "测试抽查计划 " + code,
            kind = "Annual",
            year = 2026,
            regionCode = region,
            editionCode = edition,
            startsOn = "2026-03-01",
            endsOn = "2026-12-31",
            budgetBatches = budget,
        }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var plan = await response.Content.ReadFromJsonAsync<SpotCheckPlanSummary>(TestContext.Current.CancellationToken);
        return new InspectionSetup(edition, plan!.Id, code);
    }

    /// <summary>A firm in the register, created through its API by an official of the region.</summary>
    public static async Task<string> FirmAsync(HttpClient regulator, string region = "350203", string industry = "C3831")
    {
        var code = TestCodes.CreditCode(region);
        var response = await regulator.PostAsJsonAsync(RegisterRoutes.ApiEnterprises, new
        {
            creditCode = code,
            name = "抽查测试企业" + TestCodes.ChineseToken() + "有限公司",
            regionCode = region,
            industryCode = industry,
        }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return code;
    }

    public static object Sampling(Guid planId, string firm, string? number = null, string sampledOn = "2026-05-10", string product = Cables, string[]? samplers = null) => new
    {
        planId,
        samplingNumber = number ?? "CY-" + TestCodes.Token(),
        productCode = product,
        enterpriseCreditCode = firm,
        firmSize = "Small",
        channel = "Production",
        place = "成品仓库",
        sampledOn,
        lotNumber = "L" + TestCodes.Token(),
        specification = "BV 2.5mm²",
        sampleBase = 100,
        sampleQuantity = 4,
        reserveQuantity = 4,
        sealNumbers = "FY-001",
        samplers = samplers ?? ["王强", "李娜"],
    };

    public static async Task<BatchSummary> SampleAsync(HttpClient regulator, Guid planId, string firm, string product = Cables, string sampledOn = "2026-05-10")
    {
        var response = await regulator.PostAsJsonAsync(InspectionRoutes.ApiBatches, Sampling(planId, firm, product: product, sampledOn: sampledOn),
            TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<BatchSummary>(TestContext.Current.CancellationToken))!;
    }

    public static object Results(params (string Item, string Verdict)[] items) => new
    {
        laboratory = "福建省产品质量检验研究院",
        reportNumber = "R-" + TestCodes.Token(),
        issuedOn = "2026-06-01",
        items = items.Select(i => new
        {
            itemName = i.Item,
            standardClause = "GB/T 5023.3-2008 第 2.4 条",
            requirement = "≤ 7.41 Ω/km",
            measuredValue = i.Verdict == "Fail" ? "7.95 Ω/km" : "7.30 Ω/km",
            verdict = i.Verdict,
        }).ToArray(),
    };

    private static CatalogueProduct Product(Guid edition, string category, string categoryName, string code, string name, RiskLevel risk, string industries, string items) => new()
    {
        Id = Guid.CreateVersion7(),
        EditionId = edition,
        CategoryCode = category,
        CategoryName = categoryName,
        Code = code,
        Name = name,
        RiskLevel = risk,
        IndustryCodes = industries,
        TestItems = items,
    };
}

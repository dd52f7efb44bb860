using Microsoft.EntityFrameworkCore;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.FollowUp;
using Zhixin.Inspection.Features.RecordResults;
using Zhixin.Platform.Modules;
using Zhixin.Platform.Pages.Support;
using Zhixin.Register.Contracts;

namespace Zhixin.Inspection.Data;

/// <summary>
/// Demo spot checks: the demo catalogue (national excerpt and Fujian's adaptation), inspectors, Fujian's provincial
/// plans for the last three years and a Xiamen city plan for this one, and batches of the demo register's producers
/// with lab results (some failing, which raises BatchFailed and shows on the firms' pages), follow-up steps and
/// publication, so statistics, the clock and the public list have something to show.
/// </summary>
internal sealed class InspectionDemoData(InspectionDbContext db, IEnterpriseDirectory directory, TimeProvider clock) : IDemoDataSeed
{
    private const int Seed = 2026;

    public int Order => 15;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Editions.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var today = ChinaTime.Today(clock);
        var (national, fujian) = Editions(now);
        db.Editions.AddRange(national, fujian);
        db.Inspectors.AddRange(Inspectors());
        await db.SaveChangesAsync(cancellationToken);

        var random = new Random(Seed);
        var fujianFirms = await ProducersAsync("350000", "359999", cancellationToken);
        var tianjinFirms = await ProducersAsync("120000", "129999", cancellationToken);
        for (var year = today.Year - 2; year <= today.Year; year++)
        {
            var plan = Plan($"FJ-{year}-01", $"福建省{year}年产品质量省级监督抽查计划", year, "350000", fujian.Id, 120, now);
            db.Plans.Add(plan);
            AddBatches(plan, fujian, fujianFirms, 110, today, random, now);
        }

        var xiamen = Plan($"XM-{today.Year}-01", $"厦门市{today.Year}年产品质量市级监督抽查计划", today.Year, "350200", fujian.Id, 40, now);
        db.Plans.Add(xiamen);
        AddBatches(xiamen, fujian, fujianFirms.Where(f => f.RegionCode.StartsWith("3502", StringComparison.Ordinal)).ToList(), 30, today, random, now);
        // Pingxiang's 2013 plan targets a spot-check pass rate of at least 85 % by 2020; its batches of that year fill it.
        var pingxiang = Plan("PX-2020-01", "萍乡市2020年产品质量监督抽查计划", 2020, "360300", national.Id, 40, now);
        db.Plans.Add(pingxiang);
        AddBatches(pingxiang, national, await ProducersAsync("360300", "360399", cancellationToken), 40, today, random, now);
        var tianjin = Plan($"TJ-{today.Year}-01", $"天津市{today.Year}年产品质量监督抽查计划", today.Year, "120000", national.Id, 40, now);
        db.Plans.Add(tianjin);
        AddBatches(tianjin, national, tianjinFirms, 35, today, random, now);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<List<EnterpriseSummary>> ProducersAsync(string from, string to, CancellationToken cancellationToken) =>
        [.. (await directory.ListAsync(from, to, ["C"], activeOnly: true, cancellationToken)).OrderBy(f => f.CreditCode, StringComparer.Ordinal)];

    private (CatalogueEdition National, CatalogueEdition Fujian) Editions(DateTimeOffset now)
    {
        var national = new CatalogueEdition
        {
            Id = Guid.CreateVersion7(now),
            Code = DemoCatalogue.NationalCode,
            Name = "全国重点工业产品质量安全监管目录（2023年版，演示摘录）",
            IssuerRegionCode = "000000",
            EffectiveFrom = new DateOnly(2023, 1, 1),
            Source = "演示数据：按 2023 年版目录（14 类 247 种产品）的结构摘录，产品与风险等级为演示设定，非官方目录",
            CreatedAt = now,
            CreatedBy = db.Caller.Name,
        };
        var fujian = new CatalogueEdition
        {
            Id = Guid.CreateVersion7(now),
            Code = DemoCatalogue.FujianCode,
            Name = "福建省重点监管产品目录（2024年，演示）",
            IssuerRegionCode = "350000",
            BasedOnId = national.Id,
            EffectiveFrom = new DateOnly(2024, 1, 1),
            Source = "演示数据：在国家版基础上结合本省投诉与抽查情况调整（电吹风风险等级上调为高）",
            CreatedAt = now,
            CreatedBy = db.Caller.Name,
        };
        foreach (var p in DemoCatalogue.Products)
        {
            national.Products.Add(Product(national.Id, p, p.Risk, now));
            fujian.Products.Add(Product(fujian.Id, p, p.Code == "0202" ? RiskLevel.High : p.Risk, now));
        }

        return (national, fujian);
    }

    private static CatalogueProduct Product(
        Guid edition, (string Category, string CategoryName, string Code, string Name, RiskLevel Risk, string Industries, string Items) p, RiskLevel risk, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        EditionId = edition,
        CategoryCode = p.Category,
        CategoryName = p.CategoryName,
        Code = p.Code,
        Name = p.Name,
        RiskLevel = risk,
        IndustryCodes = p.Industries,
        TestItems = p.Items,
    };

    private static IEnumerable<Inspector> Inspectors()
    {
        (string Region, string Department, string[] Names)[] roster =
        [
            ("350000", "福建省市场监督管理局", ["陈建华", "林晓燕", "黄志强", "郑丽娟"]),
            ("350200", "厦门市市场监督管理局", ["王海涛", "李文静", "张国栋", "吴佳丽"]),
            ("350203", "厦门市思明区市场监督管理局", ["蔡明辉", "许雅婷", "洪志伟"]),
            ("350206", "厦门市湖里区市场监督管理局", ["叶俊杰", "苏晓琳", "曾庆华"]),
            ("350211", "厦门市集美区市场监督管理局", ["庄文斌", "杨秀英"]),
            ("120000", "天津市市场监督管理局", ["刘振宇", "赵雪梅", "孙立新", "马红霞"]),
        ];
        var number = 0;
        foreach (var (region, department, names) in roster)
        {
            foreach (var name in names)
            {
                number++;
                yield return new Inspector
                {
                    Id = Guid.CreateVersion7(),
                    Name = name,
                    BadgeNumber = $"{region[..2]}{number:D6}",
                    RegionCode = region,
                    DepartmentName = department,
                };
            }
        }
    }

    private SpotCheckPlan Plan(string code, string title, int year, string region, Guid edition, int budget, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Code = code,
        Title = title,
        Kind = SpotCheckPlanKind.Annual,
        Year = year,
        OrganizerRegionCode = region,
        EditionId = edition,
        StartsOn = new DateOnly(year, 3, 1),
        EndsOn = new DateOnly(year, 12, 15),
        BudgetBatches = budget,
        BudgetYuan = budget * 3500m,
        CreatedAt = now,
        CreatedBy = db.Caller.Name,
        UpdatedAt = now,
        UpdatedBy = db.Caller.Name,
        Revision = 1,
    };

    private void AddBatches(
        SpotCheckPlan plan, CatalogueEdition edition, IReadOnlyList<EnterpriseSummary> firms, int count, DateOnly today, Random random, DateTimeOffset now)
    {
        var last = plan.EndsOn < today.AddDays(-1) ? plan.EndsOn : today.AddDays(-1);
        var days = last.DayNumber - plan.StartsOn.DayNumber;
        if (days <= 0)
        {
            return;
        }

        for (var i = 0; i < count; i++)
        {
            var product = edition.Products[random.Next(edition.Products.Count)];
            var prefixes = product.IndustryPrefixes();
            var producers = firms.Where(f => f.IndustryCode is { } code && prefixes.Any(p => code.StartsWith(p, StringComparison.Ordinal))).ToList();
            if (producers.Count == 0)
            {
                continue;
            }

            var firm = producers[random.Next(producers.Count)];
            var sampledOn = plan.StartsOn.AddDays(random.Next(days + 1));
            var channel = random.NextDouble() switch { < 0.6 => SamplingChannel.Production, < 0.85 => SamplingChannel.Retail, _ => SamplingChannel.ECommerce };
            var batch = new SampleBatch
            {
                Id = Guid.CreateVersion7(now),
                PlanId = plan.Id,
                SamplingNumber = $"{plan.Code}-{i + 1:D4}",
                ProductCode = product.Code,
                ProductName = product.Name,
                CategoryCode = product.CategoryCode,
                EnterpriseCreditCode = firm.CreditCode,
                EnterpriseName = firm.Name,
                RegionCode = firm.RegionCode,
                FirmSize = random.NextDouble() switch { < 0.05 => FirmSize.Large, < 0.2 => FirmSize.Medium, < 0.8 => FirmSize.Small, _ => FirmSize.Micro },
                Channel = channel,
                Place = channel switch
                {
                    SamplingChannel.Production => "成品仓库",
                    SamplingChannel.Retail => "经销门店货架",
                    _ => "电商平台网店（网络购样）",
                },
                SampledOn = sampledOn,
                SampleYear = sampledOn.Year,
                SampleQuarter = ((sampledOn.Month - 1) / 3) + 1,
                LotNumber = $"{sampledOn:yyyyMMdd}{random.Next(10, 99)}",
                SampleBase = random.Next(50, 2000),
                SampleQuantity = 2,
                ReserveQuantity = 2,
                SealNumbers = $"FY{random.Next(100000, 999999)}",
                Samplers = "陈建华、林晓燕",
                CreatedAt = now,
                CreatedBy = db.Caller.Name,
                UpdatedAt = now,
                UpdatedBy = db.Caller.Name,
                Revision = 1,
            };
            db.Batches.Add(batch);
            var issuedOn = sampledOn.AddDays(random.Next(15, 31));
            if (issuedOn >= today)
            {
                continue;
            }

            var fails = random.NextDouble() < DemoCatalogue.FailureRate(product.RiskLevel);
            var items = product.TestItems?.Split('\n') ?? ["外观"];
            var failing = fails ? new HashSet<int> { random.Next(items.Length) } : [];
            var results = items.Select((item, index) => new TestItemResult
            {
                Id = Guid.CreateVersion7(now),
                BatchId = batch.Id,
                Position = index + 1,
                ItemName = item,
                StandardClause = "依据产品标准及监督抽查实施细则",
                Verdict = failing.Contains(index) ? Verdict.Fail : Verdict.Pass,
            }).ToList();
            RecordResultsHandler.Apply(db, batch, new LabReport("福建省产品质量检验研究院", $"J{sampledOn:yyyy}{random.Next(100000, 999999)}", issuedOn, results), now);
            AddFollowUp(batch, issuedOn, today, random, now);
        }
    }

    private void AddFollowUp(SampleBatch batch, DateOnly issuedOn, DateOnly today, Random random, DateTimeOffset now)
    {
        var served = issuedOn.AddDays(5);
        if (served >= today)
        {
            return;
        }

        Step(batch, FollowUpStepKind.ResultNoticeServed, served, null, now);
        if (batch.Verdict == Verdict.Fail)
        {
            Step(batch, FollowUpStepKind.StopSaleOrdered, served, null, now);
            Step(batch, FollowUpStepKind.CorrectionOrdered, served, null, now);
            var reported = served.AddDays(random.Next(30, 58));
            if (reported < today)
            {
                Step(batch, FollowUpStepKind.CorrectionReported, reported, null, now);
                var reinspected = served.AddDays(random.Next(62, 74));
                if (reinspected < today)
                {
                    Step(batch, FollowUpStepKind.FirstReinspection, reinspected, random.NextDouble() > 0.15, now);
                }
            }
        }

        if (served.AddDays(20) < today)
        {
            batch.PublishedAt = now;
        }
    }

    private void Step(SampleBatch batch, FollowUpStepKind kind, DateOnly on, bool? passed, DateTimeOffset now) =>
        db.FollowUpSteps.Add(new FollowUpStepRecord
        {
            Id = Guid.CreateVersion7(now),
            BatchId = batch.Id,
            Kind = kind,
            On = on,
            Passed = passed,
            RegionCode = batch.RegionCode,
            RecordedAt = now,
            RecordedBy = db.Caller.Name,
        });
}

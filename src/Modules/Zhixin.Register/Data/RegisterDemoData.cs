using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Audit;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Data;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Modules;
using Zhixin.Register.Domain;
using Zhixin.Register.Features.GenerateEnterprises;

namespace Zhixin.Register.Data;

/// <summary>
/// Demo register: generated enterprises across the seed plans' regions, the demo enterprise account's own
/// firm, a pilot-era code admitted by override, and products with valid GTINs.
/// </summary>
internal sealed class RegisterDemoData(RegisterDbContext db, GenerateEnterprisesHandler generator, IAuditLog audit, TimeProvider clock) : IDemoDataSeed
{
    public const int GeneratedEnterprises = 2000;
    public const int Seed = 2012;
    public const string PilotCode = "91350100M0001TGQXM";

    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        // A register that already holds firms (imported or generated before the first start) keeps just those.
        if (!await db.Enterprises.IgnoreQueryFilters().AnyAsync(cancellationToken))
        {
            await generator.HandleAsync(new GenerateEnterprisesRequest(GeneratedEnterprises, Seed, null), null, cancellationToken);
        }

        var now = clock.GetUtcNow();
        var actor = db.Caller.Name;
        var demoCode = DemoAccounts.All.Single(a => a.Role == Roles.EnterpriseUser).Enterprise!;
        if (await db.Enterprises.IgnoreQueryFilters().AnyAsync(e => e.CreditCode == demoCode || e.CreditCode == PilotCode, cancellationToken))
        {
            return;
        }

        var demoFirm = Enterprise.Register(Details(demoCode,
            "厦门质信示范食品有限公司", "350203", "C1351", "陈明", "福建省厦门市思明区演示路 1 号", new DateOnly(2015, 3, 18)), null, null, now, actor);
        var pilot = Enterprise.Register(
            new EnterpriseDetails(CreditCode.ParseAllowingCheckOverride(PilotCode).Value, "福州试点代码示例有限公司（演示）",
                RegionCode.Parse("350102").Value, "F5127", EnterpriseStatus.Active, "林华", "福建省福州市鼓楼区演示路 2 号", new DateOnly(2014, 6, 1)),
            "早期试点代码：校验码不符但经登记机关核发，依法有效（演示数据）", null, now, actor);
        db.Enterprises.AddRange(demoFirm, pilot);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            await audit.AppendAsync(db, [new AuditRecord(AuditActions.CheckOverride, nameof(Enterprise), pilot.Id.ToString(), pilot.RegionCode,
                After: PilotCode, Detail: pilot.CheckOverrideReason)], cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        var producers = await db.Enterprises.AsNoTracking()
            .WhereStartsWith(e => e.IndustryCode, "C")
            .Where(e => e.Status == EnterpriseStatus.Active)
            .OrderBy(e => e.CreditCode).Take(60).ToListAsync(cancellationToken);
        producers.Insert(0, demoFirm);
        var random = new Random(Seed);
        var categories = new[] { ("0101", "冷鲜猪肉", "500g"), ("0102", "纯牛奶", "250mL×12"), ("0201", "食品用塑料保鲜盒", "1.2L"), ("0301", "婴幼儿连体衣", "73cm"),
            ("0401", "电热水壶", "1.7L 1800W"), ("0402", "聚氯乙烯绝缘电线", "BV 2.5mm²"), ("0501", "塑胶积木玩具", "120 粒"), ("0601", "电动自行车", "48V 20Ah"),
            ("0602", "电动自行车头盔", "L 码"), ("0702", "普通硅酸盐水泥", "P·O 42.5"), ("0801", "复合肥料", "40kg") };
        var index = 0;
        foreach (var producer in producers)
        {
            for (var k = 0; k < 2; k++)
            {
                var (category, name, specification) = categories[random.Next(categories.Length)];
                var body = $"69{random.Next(10_000_000, 99_999_999)}{index++ % 100:D2}";
                var gtin = Gtin.Parse(body + Gs1CheckDigit.Compute(body)).GetValueOrThrow();
                if (await db.Products.AnyAsync(p => p.Gtin == gtin.Value, cancellationToken))
                {
                    continue;
                }

                db.Products.Add(Product.Register(gtin, new ProductDetails(name, producer.Name[..Math.Min(4, producer.Name.Length)], specification, category), producer, now, actor));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static EnterpriseDetails Details(string code, string name, string region, string industry, string representative, string address, DateOnly established) =>
        new(CreditCode.Parse(code).GetValueOrThrow(), name, RegionCode.Parse(region).GetValueOrThrow(), industry, EnterpriseStatus.Active, representative, address, established);
}

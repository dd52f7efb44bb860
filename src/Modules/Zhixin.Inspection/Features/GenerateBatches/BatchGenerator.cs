using System.Globalization;
using Zhixin.Inspection.Domain;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Regions;

namespace Zhixin.Inspection.Features.GenerateBatches;

/// <summary>
/// Deterministic synthetic spot-check results at any scale, for the statistics benchmark: five years, 40 products,
/// every county of the seed plans' provinces, firms with valid credit codes, channels and sizes, and pass rates that
/// differ by product and channel as the national figures do. The same seed and count give the same rows.
/// </summary>
internal static class BatchGenerator
{
    public const int Products = 40;
    public const int FirstYear = 2022;
    public const int Years = 5;

    public static readonly string[] Provinces = ["350000", "120000", "410000", "360000"];

    public static IReadOnlyList<string> Counties { get; } = [.. RegionTable.Default.All
        .Where(r => Provinces.Any(p => r.Code.StartsWith(p[..2], StringComparison.Ordinal)) && RegionTable.LevelOf(r.Code) == RegionLevel.County)
        .Select(r => r.Code)];

    public static string ProductCode(int index) => string.Create(CultureInfo.InvariantCulture, $"G{index + 1:D3}");

    public static IEnumerable<SampleBatch> Generate(long count, int seed, Guid planId, DateTimeOffset now)
    {
        var random = new Random(seed);
        var firms = Math.Max(10, count / 4);
        for (long i = 0; i < count; i++)
        {
            var product = random.Next(Products);
            var county = Counties[random.Next(Counties.Count)];
            var firm = random.NextInt64(firms);
            var sampledOn = new DateOnly(FirstYear + random.Next(Years), 1, 1).AddDays(random.Next(365));
            var channel = random.NextDouble() switch { < 0.6 => SamplingChannel.Production, < 0.85 => SamplingChannel.Retail, _ => SamplingChannel.ECommerce };
            // Non-conformity from about 4 % to 20 % by product, higher in retail and e-commerce, as SAMR's notices report.
            var failure = 0.04 + (product % 9 * 0.02) + (channel == SamplingChannel.Production ? 0 : 0.06);
            var roll = random.NextDouble();
            Verdict? verdict = roll < 0.02 ? null : roll < 0.02 + failure ? Verdict.Fail : Verdict.Pass;
            var code = CreditCodeFor(county, firm);
            yield return new SampleBatch
            {
                Id = Guid.CreateVersion7(now),
                PlanId = planId,
                SamplingNumber = string.Create(CultureInfo.InvariantCulture, $"GEN{seed}-{i:D10}"),
                ProductCode = ProductCode(product),
                ProductName = string.Create(CultureInfo.InvariantCulture, $"合成产品{product + 1:D2}"),
                CategoryCode = string.Create(CultureInfo.InvariantCulture, $"{product / 4 + 1:D2}"),
                EnterpriseCreditCode = code,
                EnterpriseName = string.Create(CultureInfo.InvariantCulture, $"合成企业{firm}"),
                RegionCode = county,
                FirmSize = (FirmSize)(1 + random.Next(4)),
                Channel = channel,
                Place = "合成数据",
                SampledOn = sampledOn,
                SampleYear = sampledOn.Year,
                SampleQuarter = ((sampledOn.Month - 1) / 3) + 1,
                LotNumber = "L",
                SampleQuantity = 2,
                ReserveQuantity = 2,
                SealNumbers = "S",
                Samplers = "甲、乙",
                Verdict = verdict,
                ResultIssuedOn = verdict is null ? null : sampledOn.AddDays(20),
                FailedItems = verdict == Verdict.Fail ? "合成项目" : null,
                CreatedAt = now,
                CreatedBy = "generate",
                UpdatedAt = now,
                UpdatedBy = "generate",
                Revision = 1,
            };
        }
    }

    /// <summary>A valid unified social credit code for synthetic firm number <paramref name="firm"/> in a county.</summary>
    public static string CreditCodeFor(string county, long firm)
    {
        var body = (firm % 100_000_000).ToString("D8", CultureInfo.InvariantCulture);
        var org = body + OrgCode.ComputeCheckCharacter(body);
        var first17 = "91" + county + org;
        return first17 + CreditCode.ComputeCheckCharacter(first17);
    }
}

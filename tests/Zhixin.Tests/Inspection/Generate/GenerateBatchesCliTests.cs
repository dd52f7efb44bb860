using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Features.GenerateBatches;
using Zhixin.Platform.Codes;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Inspection.Generate;

/// <summary>zhixin generate --batches: the benchmark's input, deterministic and with valid codes, on both engines.</summary>
public sealed class GenerateBatchesCliTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task GenerateBatches_WhenRunFromTheShell_StoresThatManyBatchesUnderAPlanOfTheirOwn(Engine engine)
    {
        var app = apps[engine];
        var seed = Random.Shared.Next(1, 1_000_000);

        var result = await ZhixinCli.RunAsync(app, "generate", "--batches", "1500", "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("generated 1500 batches", result.Output, StringComparison.Ordinal);
        var prefix = $"GEN{seed}-";
        var stored = await app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<InspectionDbContext>();
            return await db.Batches.AsNoTracking().Where(b => b.SamplingNumber.StartsWith(prefix)).OrderBy(b => b.SamplingNumber).ToListAsync();
        });
        Assert.Equal(1500, stored.Count);
        Assert.Single(stored.Select(b => b.PlanId).Distinct());
        Assert.All(stored, b => Assert.True(CreditCode.Parse(b.EnterpriseCreditCode).IsValid, b.EnterpriseCreditCode));
        Assert.All(stored, b => Assert.Equal(b.SampledOn.Year, b.SampleYear));
        var expected = BatchGenerator.Generate(1500, seed, Guid.Empty, app.Clock.GetUtcNow()).ToList();
        Assert.Equal(expected.Select(b => (b.ProductCode, b.RegionCode, b.Verdict, b.SampledOn)), stored.Select(b => (b.ProductCode, b.RegionCode, b.Verdict, b.SampledOn)));
    }

    [Theory]
    [InlineData(Engine.Sqlite)]
    public async Task GenerateBatches_WhenCountIsZero_FailsWithAMessage(Engine engine)
    {
        var result = await ZhixinCli.RunAsync(apps[engine], "generate", "--batches", "0");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--batches", result.Error, StringComparison.Ordinal);
    }
}

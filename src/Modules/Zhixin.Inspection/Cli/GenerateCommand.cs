using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Inspection.Features.GenerateBatches;
using Zhixin.Platform.Cli;

namespace Zhixin.Inspection.Cli;

/// <summary>zhixin generate --batches N [--seed S]: synthetic spot-check results for the statistics benchmark.</summary>
internal static class GenerateCommand
{
    public static void Add(ZhixinCommandLine commandLine)
    {
        var count = new Option<long?>("--batches") { Description = "How many synthetic spot-check batches with results (five years, 40 products, the seed provinces' counties)" };
        commandLine.AddGenerator(count, async (parse, services, n, ct) =>
        {
            if (n < 1)
            {
                throw new CommandFailedException("zhixin generate: --batches must be at least 1");
            }

            var seed = parse.GetValue<int>("--seed");
            var written = await CliProgress.RunAsync("生成抽查批次", n, progress =>
                services.GetRequiredService<GenerateBatchesHandler>().HandleAsync(new GenerateBatchesRequest(n, seed), progress, ct));
            await parse.InvocationConfiguration.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"generated {written} batches (seed {seed})"));
            return ZhixinCommandLine.Success;
        });
    }
}

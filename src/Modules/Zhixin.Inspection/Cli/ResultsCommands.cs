using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Inspection.Features.ImportResults;
using Zhixin.Platform.Cli;

namespace Zhixin.Inspection.Cli;

/// <summary>zhixin import results FILE [--dry-run]: the handler of the import page and of POST /batches/results/import.</summary>
internal static class ResultsCommands
{
    private const int PrintedErrors = 200;

    public static void Add(ZhixinCommandLine commandLine)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "An .xlsx (or .csv) of test results, one row per test item, in the template's columns" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check the file and report, store nothing" };
        var command = new Command("results", "Import labs' test results for sampled batches (检验结果; all or nothing per file)") { file, dryRun };
        command.SetAction((parse, cancellationToken) => commandLine.RunAsync(parse, async (services, ct) =>
        {
            var input = parse.GetValue(file)!;
            if (!input.Exists)
            {
                throw new CommandFailedException($"zhixin import results: {input.FullName} does not exist");
            }

            var report = await services.GetRequiredService<ImportResultsHandler>()
                .HandleAsync(new ImportResultsRequest(input.FullName, input.Name, parse.GetValue(dryRun)), ct);
            if (!report.Succeeded)
            {
                var error = parse.InvocationConfiguration.Error;
                foreach (var e in report.Errors.Take(PrintedErrors))
                {
                    await error.WriteLineAsync(InspectionText.Format("Import.CliError", input.Name, e.Row, e.Column ?? "-", e.Value ?? "", e.Reason));
                }

                await error.WriteLineAsync(InspectionText.Format("Import.CliRejected", input.Name, report.ErrorCount));
                return ZhixinCommandLine.Failed;
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync(InspectionText.Format(
                report.Stored ? "Import.Stored" : "Import.Checked", input.Name, report.Batches, report.Items, report.FailedBatches));
            return ZhixinCommandLine.Success;
        }, cancellationToken));
        commandLine.Verb("import", "Import records from files").Subcommands.Add(command);
    }
}

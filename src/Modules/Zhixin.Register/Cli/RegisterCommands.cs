using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Platform.Cli;
using Zhixin.Register.Domain;
using Zhixin.Register.Features.ExportEnterprises;
using Zhixin.Register.Features.GenerateEnterprises;
using Zhixin.Register.Features.ImportEnterprises;
using Zhixin.Register.Features.SearchEnterprises;

namespace Zhixin.Register.Cli;

/// <summary>zhixin import enterprises, export enterprises, generate --enterprises: the same handlers as the pages and the API.</summary>
internal static class RegisterCommands
{
    private const int PrintedErrors = 200;

    public static void Add(ZhixinCommandLine commandLine)
    {
        AddImport(commandLine);
        AddExport(commandLine);
        AddGenerate(commandLine);
    }

    private static void AddImport(ZhixinCommandLine commandLine)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A .csv (UTF-8 or GBK/GB18030) or .xlsx file with the register's columns" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check the file and report, store nothing" };
        var errorsFile = new Option<FileInfo?>("--errors") { Description = "Write the full error report (CSV) to this file" };
        var command = new Command("enterprises", "Import enterprises into the register (atomic per file; the same file twice changes nothing)") { file, dryRun, errorsFile };
        command.SetAction((parse, cancellationToken) => commandLine.RunAsync(parse, async (services, ct) =>
        {
            var input = parse.GetValue(file)!;
            if (!input.Exists)
            {
                throw new CommandFailedException($"zhixin import enterprises: {input.FullName} does not exist");
            }

            var handler = services.GetRequiredService<ImportEnterprisesHandler>();
            var report = await CliProgress.RunAsync($"导入 {input.Name}", null, progress =>
                handler.HandleAsync(new ImportEnterprisesRequest(input.FullName, input.Name, parse.GetValue(dryRun)), progress, ct));
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (parse.GetValue(errorsFile) is { } reportFile && report.Errors.Count > 0)
            {
                await File.WriteAllTextAsync(reportFile.FullName, ImportReport.ToCsv(report.Errors), new System.Text.UTF8Encoding(true), ct);
            }

            if (report.Status == ImportStatus.Rejected)
            {
                foreach (var e in report.Errors.Take(PrintedErrors))
                {
                    await error.WriteLineAsync(RegisterText.Format("Import.CliError", input.Name, e.Row, e.Column ?? "-", e.Value ?? "", e.Reason));
                }

                await error.WriteLineAsync(RegisterText.Format("Import.CliRejected", input.Name, report.ErrorCount, report.BatchId));
                return ZhixinCommandLine.Failed;
            }

            await output.WriteLineAsync(report.AlreadyImported
                ? RegisterText.Format("Import.CliAlreadyImported", input.Name, report.BatchId)
                : RegisterText.Format(parse.GetValue(dryRun) ? "Import.CliChecked" : "Import.CliImported", input.Name, report.RowsRead, report.Inserted, report.Unchanged, report.BatchId));
            return ZhixinCommandLine.Success;
        }, cancellationToken));
        commandLine.Verb("import", "Import records from files").Subcommands.Add(command);
    }

    private static void AddExport(ZhixinCommandLine commandLine)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The file to write: .csv (UTF-8 with BOM) or .xlsx" };
        var format = new Option<string?>("--format") { Description = "csv or xlsx (default: from the file name)" };
        var query = new Option<string?>("--query") { Description = "Name, credit code or organization code to search for" };
        var region = new Option<string?>("--region") { Description = "GB/T 2260 region code; includes everything below it" };
        var industry = new Option<string?>("--industry") { Description = "GB/T 4754 section letter or code prefix" };
        var status = new Option<EnterpriseStatus?>("--status") { Description = "Registration status" };
        var command = new Command("enterprises", "Export enterprises of the register (in the import layout)") { file, format, query, region, industry, status };
        command.SetAction((parse, cancellationToken) => commandLine.RunAsync(parse, async (services, ct) =>
        {
            var target = parse.GetValue(file)!;
            var kind = ExportEnterprisesHandler.FormatOf(parse.GetValue(format) ?? target.Extension)
                ?? throw new CommandFailedException(RegisterText.Format("Export.FormatUnknown", parse.GetValue(format) ?? target.Extension));
            var filter = new SearchEnterprisesRequest(parse.GetValue(query), parse.GetValue(region), parse.GetValue(industry), parse.GetValue(status));
            var temporary = target.FullName + ".partial";
            var outcome = await CliProgress.RunAsync($"导出 {target.Name}", null, async _ =>
            {
                await using var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
                return await services.GetRequiredService<ExportEnterprisesHandler>().HandleAsync(filter, stream, kind, ct);
            });
            if (!outcome.IsSuccess)
            {
                File.Delete(temporary);
                throw new CommandFailedException($"zhixin export enterprises: {outcome.Errors}");
            }

            // Only a complete file takes the name; an interrupted export leaves no half-written file behind.
            File.Move(temporary, target.FullName, overwrite: true);
            await parse.InvocationConfiguration.Output.WriteLineAsync(RegisterText.Format("Export.CliDone", outcome.Value, target.FullName));
            return ZhixinCommandLine.Success;
        }, cancellationToken));
        commandLine.Verb("export", "Export records to files").Subcommands.Add(command);
    }

    private static void AddGenerate(ZhixinCommandLine commandLine)
    {
        var count = new Option<long?>("--enterprises") { Description = "How many synthetic enterprises (valid codes, the seed plans' regions)" };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same enterprises", DefaultValueFactory = _ => 2012 };
        var output = new Option<FileInfo?>("--output") { Description = "Write an import file (.csv or .xlsx) instead of filling the database" };
        var generate = commandLine.Verb("generate", "Generate deterministic synthetic data at any scale (valid codes), for demonstrations and benchmarks");
        generate.Options.Add(seed);
        generate.Options.Add(output);
        commandLine.AddGenerator(count, async (parse, services, n, ct) =>
        {
            var request = new GenerateEnterprisesRequest(n, parse.GetValue(seed), parse.GetValue(output)?.FullName);
            var written = await CliProgress.RunAsync("生成企业", n, progress =>
                services.GetRequiredService<GenerateEnterprisesHandler>().HandleAsync(request, progress, ct));
            await parse.InvocationConfiguration.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"generated {written} enterprises (seed {request.Seed}){(request.OutputFile is null ? "" : $" into {request.OutputFile}")}"));
            return ZhixinCommandLine.Success;
        });
    }
}

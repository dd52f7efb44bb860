using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Platform.Cli;
using Zhixin.Platform.Web;
using Zhixin.Plans.Features;
using Zhixin.Plans.Features.ImportPlan;
using Zhixin.Plans.Features.SendReminders;

namespace Zhixin.Plans.Cli;

/// <summary>zhixin import plan FILE [--dry-run] [--format json] and zhixin plans remind: the same handlers as the pages and the API.</summary>
internal static class PlansCommands
{
    public static void Add(ZhixinCommandLine commandLine)
    {
        AddImport(commandLine);
        AddRemind(commandLine);
    }

    private static void AddImport(ZhixinCommandLine commandLine)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A plan document as text: UTF-8, UTF-16, GB18030/GBK or Big5" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Read the document and print what was found; store nothing" };
        var format = new Option<string>("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("plan", "Import a plan document (行动计划, 实施方案, 纲要): sections, tasks, departments, targets") { file, dryRun, format };
        command.SetAction((parse, cancellationToken) => commandLine.RunAsync(parse, async (services, ct) =>
        {
            var input = parse.GetValue(file)!;
            if (!input.Exists)
            {
                throw new CommandFailedException($"zhixin import plan: {input.FullName} does not exist");
            }

            var content = await File.ReadAllBytesAsync(input.FullName, ct);
            var outcome = await services.GetRequiredService<ImportPlanHandler>()
                .HandleAsync(new ImportPlanRequest(input.Name, content, parse.GetValue(dryRun)), ct);
            var output = parse.InvocationConfiguration.Output;
            if (!outcome.IsSuccess)
            {
                throw new CommandFailedException($"{input.Name}: {Describe(outcome)}");
            }

            var preview = outcome.Value!;
            if (parse.GetValue(format) == "json")
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(preview, PlanJson.Indented));
                return ZhixinCommandLine.Success;
            }

            await output.WriteLineAsync(PlanPreviewText.Render(preview, input.Name));
            return ZhixinCommandLine.Success;
        }, cancellationToken));
        commandLine.Verb("import", "Import records from files").Subcommands.Add(command);
    }

    private static void AddRemind(ZhixinCommandLine commandLine)
    {
        var command = new Command("remind", "Send reminders for overdue progress reports now (the server does this every hour)");
        command.SetAction((parse, cancellationToken) => commandLine.RunAsync(parse, async (services, ct) =>
        {
            var sent = await services.GetRequiredService<SendRemindersHandler>().HandleAsync(ct);
            await parse.InvocationConfiguration.Output.WriteLineAsync(PlansText.Format("Remind.Sent", sent));
            return ZhixinCommandLine.Success;
        }, cancellationToken));
        commandLine.Verb("plans", "Plans and tasks (行动计划督办)").Subcommands.Add(command);
    }

    private static string Describe<T>(Outcome<T> outcome) =>
        outcome.Kind == OutcomeKind.Invalid
            ? string.Join("; ", outcome.Errors.All.Select(e => e.Message))
            : outcome.Message ?? outcome.Kind.ToString();
}

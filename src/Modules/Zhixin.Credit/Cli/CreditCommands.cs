using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Credit.Data;
using Zhixin.Credit.Features;
using Zhixin.Credit.Features.GetCreditFile;
using Zhixin.Credit.Features.Rescore;
using Zhixin.Credit.Reports;
using Zhixin.Platform.Audit;
using Zhixin.Platform.Cli;

namespace Zhixin.Credit.Cli;

/// <summary>
/// zhixin credit show CODE [--format json]: a firm's grade, risk class, score and breakdown;
/// zhixin credit rescore: scores every firm again, with a progress bar.
/// </summary>
internal static class CreditCommands
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void Add(ZhixinCommandLine commandLine)
    {
        var verb = commandLine.Verb("credit", "Quality credit (质量信用): show a firm's grade and breakdown, score every firm again");

        var code = new Argument<string>("CODE") { Description = "The firm's unified social credit code (18 characters)" };
        var format = new Option<string>("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var show = new Command("show", "A firm's credit grade, internal risk class, score and breakdown rule by rule") { code, format };
        show.SetAction((parse, cancellationToken) => commandLine.RunAsync(parse, async (services, ct) =>
        {
            var outcome = await services.GetRequiredService<GetCreditFileHandler>().HandleAsync(parse.GetValue(code)!, ct);
            if (!outcome.IsSuccess)
            {
                throw new CommandFailedException($"zhixin credit show: {outcome.Message ?? outcome.Errors.ToString()}");
            }

            var file = outcome.Value!;
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == "json")
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(file, Json));
                return ZhixinCommandLine.Success;
            }

            await output.WriteLineAsync($"{file.CreditCode}  {file.Name}  ({file.RegionCode})");
            if (file.Current is not { } current)
            {
                await output.WriteLineAsync(CreditText.Get("Cli.NotScored"));
                return ZhixinCommandLine.Success;
            }

            await output.WriteLineAsync(CreditText.Format("Cli.Summary",
                current.Grade, current.GradeName, current.Score.ToString("0.##", CultureInfo.InvariantCulture),
                current.RiskClass ?? "-", current.RuleSetVersion, current.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            foreach (var line in current.Lines)
            {
                await output.WriteLineAsync("  " + line.Text + "  " + line.Title);
            }

            foreach (var line in current.Listings.Select(l => l.Text).Concat(current.Repaired.Select(r => r.Text)))
            {
                await output.WriteLineAsync("  " + line);
            }

            foreach (var reason in current.RiskReasons ?? [])
            {
                await output.WriteLineAsync("  " + CreditText.Format("Cli.RiskReason", reason.Condition, reason.Description));
            }

            foreach (var outlook in file.Outlook.Where(o => o.From is not null))
            {
                await output.WriteLineAsync("  " + CreditText.Format("Cli.Outlook", outlook.Grade, outlook.GradeName, outlook.From!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }

            // Every listing of the file, also the ended ones: the history is kept even where the public no longer sees it.
            foreach (var listing in file.Listings)
            {
                await output.WriteLineAsync(CreditText.Format("Cli.Listing", listing.KindName, listing.StatusName,
                    Day(listing.ListedFrom), Day(listing.ListedUntil), listing.DecisionNumber ?? "—"));
            }

            return ZhixinCommandLine.Success;
        }, cancellationToken));
        verb.Subcommands.Add(show);

        var all = new Option<bool>("--all")
        {
            Description = "Score every firm, also those whose file, rule set and dates show nothing could have changed (PostgreSQL skips them otherwise)",
        };
        var rescore = new Command("rescore", "Score again every firm with records that may score differently under the rule set in force today") { all };
        rescore.SetAction((parse, cancellationToken) => commandLine.RunAsync(parse, async (services, ct) =>
        {
            var handler = services.GetRequiredService<RescoreAllHandler>();
            var plan = await handler.PlanAsync(parse.GetValue(all), ct);
            var result = await CliProgress.RunAsync(CreditText.Get("Cli.Progress"), plan.Total,
                progress => handler.RunAsync(plan, CreditSources.TriggerRescore, RescoreAllHandler.ChunkSize, progress, ct));
            await parse.InvocationConfiguration.Output.WriteLineAsync(CreditText.Format("Cli.Rescored", result.Enterprises, result.Scored, result.Changed, result.GradeChanged));
            return ZhixinCommandLine.Success;
        }, cancellationToken));
        verb.Subcommands.Add(rescore);

        var rotate = new Command("rotate-report-key", "Retire the credit-report signing key (its public key still verifies earlier reports) and create a new one");
        rotate.SetAction((parse, cancellationToken) => commandLine.RunAsync(parse, async (services, ct) =>
        {
            var (retired, current) = services.GetRequiredService<ReportSigningKey>().Rotate();
            await services.GetRequiredService<IAuditLog>().AppendStandaloneAsync(services.GetRequiredService<CreditDbContext>(),
                new AuditRecord(AuditActions.Update, "CreditReportKey", current, Detail: $"rotate-report-key: retired {retired}, in use {current}"), null, ct);
            await parse.InvocationConfiguration.Output.WriteLineAsync(CreditText.Format("Cli.ReportKeyRotated", retired, current));
            return ZhixinCommandLine.Success;
        }, cancellationToken));
        verb.Subcommands.Add(rotate);
    }

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";
}

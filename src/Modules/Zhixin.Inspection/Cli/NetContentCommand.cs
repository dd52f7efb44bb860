using System.CommandLine;
using System.Globalization;
using Zhixin.Inspection.NetContent;
using Zhixin.Platform.Cli;
using Zhixin.Platform.Web;

namespace Zhixin.Inspection.Cli;

/// <summary>
/// zhixin check net-content FILE --nominal Q --unit U --lot-size N [--format json] [--edition ID] [--date yyyy-MM-dd]:
/// judges a lot by JJF 1070 from a file of measurements. A calculation only, so it needs no database. The
/// exit code is 0 for any verdict, 合格 or 不合格; it is non-zero only when the input cannot be judged.
/// </summary>
internal static class NetContentCommand
{
    private const string Name = "zhixin check net-content";

    private static readonly TimeZoneInfo China = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    internal static void Add(ZhixinCommandLine commandLine)
    {
        var file = new Argument<FileInfo>("FILE")
        {
            Description = "The measured net content of each sampled unit, one per line, in the declared unit; blank lines and # comments are skipped",
        };
        var nominal = new Option<string>("--nominal") { Description = "The declared net content Qn, e.g. 500", Required = true };
        var unit = new Option<string>("--unit") { Description = $"The declared unit: {NetContentUnit.AcceptedList}", Required = true };
        var lotSize = new Option<string>("--lot-size") { Description = "The lot size N (units in the lot)", Required = true };
        var format = new Option<string>("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var edition = new Option<string?>("--edition")
        {
            Description = $"The JJF 1070 edition to judge by ({NetContentEditions.Published.Ids}); default: the one in force on --date",
        };
        var date = new Option<string?>("--date") { Description = "The check date, yyyy-MM-dd (default: today in Beijing)" };
        var command = new Command("net-content", "Judge a lot of pre-packaged goods by JJF 1070 (定量包装商品净含量) from measured net contents")
        {
            file, nominal, unit, lotSize, format, edition, date,
        };
        command.SetAction((parse, cancellationToken) => ZhixinCommandLine.RunWithoutDatabaseAsync(parse, async ct =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                throw new CommandFailedException(InspectionText.Format("NetContent.Cli.FileMissing", path));
            }

            var (measurements, bad) = MeasurementLines.Parse(await File.ReadAllLinesAsync(path.FullName, ct));
            if (bad.Count > 0)
            {
                throw new CommandFailedException(string.Join(Environment.NewLine,
                    bad.Select(line => InspectionText.Format("NetContent.Cli.BadLine", path, line.Line, line.Text))));
            }

            var input = new NetContentInput(
                ParseNumber(parse.GetValue(nominal)!, nominal.Name),
                parse.GetValue(unit)!,
                ParseWholeNumber(parse.GetValue(lotSize)!, lotSize.Name),
                [.. measurements.Select(line => line.Value)],
                ParseDate(parse.GetValue(date), date.Name),
                parse.GetValue(edition));
            var outcome = NetContentCalculator.Evaluate(input);
            if (!outcome.IsSuccess)
            {
                throw new CommandFailedException(Describe(outcome.Errors, path, measurements));
            }

            var output = parse.InvocationConfiguration.Output;
            await output.WriteLineAsync(parse.GetValue(format) == "json"
                ? NetContentJson.Write(outcome.Value!)
                : NetContentReport.Render(outcome.Value!));
            return ZhixinCommandLine.Success;
        }, cancellationToken));
        commandLine.Verb("check", "Check a lot or a record against a rule; a calculation that needs no database").Subcommands.Add(command);
    }

    /// <summary>Each problem where the user can find it: a measurement at its file line, anything else at its option.</summary>
    private static string Describe(FieldErrors errors, FileInfo path, IReadOnlyList<MeasurementLine> measurements)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [NetContentFields.Nominal] = "--nominal",
            [NetContentFields.Unit] = "--unit",
            [NetContentFields.LotSize] = "--lot-size",
            [NetContentFields.Edition] = "--edition",
            [NetContentFields.CheckDate] = "--date",
        };
        return string.Join(Environment.NewLine, errors.All.Select(error =>
            NetContentFields.MeasurementIndex(error.Field) is { } index ? $"{path}:{measurements[index].Line}: {error.Message}"
            : error.Field == NetContentFields.Measurements ? $"{path}: {error.Message}"
            : $"{Name}: {options.GetValueOrDefault(error.Field, error.Field)}: {error.Message}"));
    }

    private static decimal ParseNumber(string text, string option) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new CommandFailedException($"{Name}: {InspectionText.Format("NetContent.Cli.NotANumber", option, text)}");

    private static long ParseWholeNumber(string text, string option) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new CommandFailedException($"{Name}: {InspectionText.Format("NetContent.Cli.NotAWholeNumber", option, text)}");

    private static DateOnly ParseDate(string? text, string option)
    {
        if (text is null)
        {
            return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow(), China).DateTime);
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new CommandFailedException($"{Name}: {InspectionText.Format("NetContent.Cli.NotADate", option, text)}");
    }
}

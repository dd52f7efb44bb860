using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Scoping;

namespace Zhixin.Platform.Cli;

/// <summary>
/// The <c>zhixin</c> command and what every verb shares: the <c>--database</c> option, a service
/// provider built from the same module registrations as the web platform, the system caller, and the rule
/// that any failure ends with a clear message on standard error and a non-zero exit code.
/// </summary>
public sealed class ZhixinCommandLine
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int Unexpected = 3;

    private readonly Func<string?, IHost> buildHost;
    private readonly List<(Option<long?> Option, Func<ParseResult, IServiceProvider, long, CancellationToken, Task<int>> Run)> generators = [];

    public ZhixinCommandLine(RootCommand root, Func<string?, IHost> buildHost)
    {
        ArgumentNullException.ThrowIfNull(root);
        Root = root;
        this.buildHost = buildHost;
        Database = new Option<string?>("--database")
        {
            Description = "sqlite:PATH or postgres:CONNECTION-STRING (default: the ZHIXIN_DATABASE environment variable, then configuration, then sqlite:data/zhixin.db)",
            Recursive = true,
        };
        Root.Options.Add(Database);
    }

    public RootCommand Root { get; }

    public Option<string?> Database { get; }

    /// <summary>The verb of this name (e.g. "import"), created on first use so modules can share it.</summary>
    public Command Verb(string name, string description)
    {
        var existing = Root.Subcommands.FirstOrDefault(c => c.Name == name);
        if (existing is not null)
        {
            return existing;
        }

        var command = new Command(name, description);
        Root.Subcommands.Add(command);
        return command;
    }

    /// <summary>
    /// Adds an option to <c>zhixin generate</c> (e.g. <c>--enterprises N</c>); each module contributes the
    /// synthetic data it owns, and one invocation may ask several modules at once.
    /// </summary>
    public void AddGenerator(Option<long?> option, Func<ParseResult, IServiceProvider, long, CancellationToken, Task<int>> generate)
    {
        ArgumentNullException.ThrowIfNull(option);
        var command = Verb("generate", "Generate deterministic synthetic data at any scale (valid codes), for demonstrations and benchmarks");
        command.Options.Add(option);
        generators.Add((option, generate));
        command.SetAction((parse, cancellationToken) => RunAsync(parse, async (services, ct) =>
        {
            var requested = generators.Where(g => parse.GetValue(g.Option) is not null).ToList();
            if (requested.Count == 0)
            {
                throw new CommandFailedException(
                    $"zhixin generate: say what to generate, e.g. {string.Join(" or ", generators.Select(g => $"{g.Option.Name} 1000"))}");
            }

            foreach (var (generatorOption, run) in requested)
            {
                var count = parse.GetValue(generatorOption)!.Value;
                if (count <= 0)
                {
                    throw new CommandFailedException($"zhixin generate: {generatorOption.Name} must be a positive number, not {count}");
                }

                var status = await run(parse, services, count, ct);
                if (status != Success)
                {
                    return status;
                }
            }

            return Success;
        }, cancellationToken));
    }

    /// <summary>Runs a verb's body in a fresh service scope acting as the system caller.</summary>
    public Task<int> RunAsync(
        ParseResult parseResult,
        Func<IServiceProvider, CancellationToken, Task<int>> body,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(body);
        return ReportFailuresAsync(parseResult, async () =>
        {
            using var host = buildHost(parseResult.GetValue(Database));
            await using var scope = host.Services.CreateAsyncScope();
            var callers = (CallerContext)scope.ServiceProvider.GetRequiredService<ICallerContext>();
            callers.Current = Caller.System($"cli:{Environment.UserName}");
            return await body(scope.ServiceProvider, cancellationToken);
        });
    }

    /// <summary>
    /// Runs a verb that is a calculation on its arguments and files: no services are built and no database is
    /// named or opened, so it works anywhere the executable runs. Failures are reported as for <see cref="RunAsync"/>.
    /// </summary>
    public static Task<int> RunWithoutDatabaseAsync(
        ParseResult parseResult,
        Func<CancellationToken, Task<int>> body,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(body);
        return ReportFailuresAsync(parseResult, () => body(cancellationToken));
    }

    /// <summary>Any failure ends with a clear message on standard error and a non-zero exit code.</summary>
    private static async Task<int> ReportFailuresAsync(ParseResult parseResult, Func<Task<int>> run)
    {
        var error = parseResult.InvocationConfiguration.Error;
        try
        {
            return await run();
        }
        catch (CommandFailedException e)
        {
            await error.WriteLineAsync(e.Message);
            return Failed;
        }
        catch (System.Data.Common.DbException e) when (e.SqlState == "42P01" || e.Message.Contains("no such table", StringComparison.Ordinal))
        {
            await error.WriteLineAsync($"zhixin: {e.Message} (the database has no tables yet: run \"zhixin migrate\" first)");
            return Failed;
        }
        catch (Exception e) when (e is FormatException or CodeFormatException or IOException or UnauthorizedAccessException
            or InvalidOperationException or System.Data.Common.DbException)
        {
            await error.WriteLineAsync($"zhixin: {e.Message}");
            return Failed;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("zhixin: cancelled");
            return Failed;
        }
        catch (Exception e)
        {
            // Still one clear line first; the details follow for a bug report.
            await error.WriteLineAsync($"zhixin: unexpected error: {e.Message}");
            await error.WriteLineAsync(e.ToString());
            return Unexpected;
        }
    }
}

/// <summary>A verb's expected failure, reported by its message alone.</summary>
public sealed class CommandFailedException : Exception
{
    public CommandFailedException(string message) : base(message)
    {
    }

    public CommandFailedException()
    {
    }

    public CommandFailedException(string message, Exception innerException) : base(message, innerException)
    {
    }
}

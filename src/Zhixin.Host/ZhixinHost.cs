using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Zhixin.Platform.Cli;
using Zhixin.Platform.Modules;

namespace Zhixin.Host;

/// <summary>
/// The <c>zhixin</c> executable: <c>serve</c> (the default) runs the web platform; every other verb runs a
/// module's handler from the shell, on the same services, against the database named by <c>--database</c>.
/// </summary>
internal static class ZhixinHost
{
    public static async Task<int> RunAsync(string[] args, IReadOnlyList<IZhixinModule> modules)
    {
        var root = new RootCommand("质信 Zhixin: the quality supervision platform. Without a verb, runs the web platform (serve).")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        var commandLine = new ZhixinCommandLine(root, database => CommandHost.Build(database, modules));

        var serve = new Command("serve", "Run the web platform (the default verb)") { TreatUnmatchedTokensAsErrors = false };
        var serveUrls = UrlsOption();
        serve.Options.Add(serveUrls);
        serve.SetAction((parse, cancellationToken) => WebPlatform.ServeAsync(parse, commandLine, serveUrls, modules, cancellationToken));
        root.Subcommands.Add(serve);

        var rootUrls = UrlsOption();
        root.Options.Add(rootUrls);
        root.SetAction((parse, cancellationToken) => WebPlatform.ServeAsync(parse, commandLine, rootUrls, modules, cancellationToken));

        foreach (var module in modules)
        {
            module.AddCommands(commandLine);
        }

        // Exceptions are handled by each verb; the host-building hook of the test factory must pass through.
        return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
    }

    private static Option<string?> UrlsOption() => new("--urls")
    {
        Description = "Addresses to listen on, e.g. http://localhost:5080 (default from appsettings.json)",
    };
}

using System.CommandLine;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Prometheus;
using Scalar.AspNetCore;
using Serilog;
using Serilog.Formatting.Compact;
using Zhixin.Platform;
using Zhixin.Platform.Cli;
using Zhixin.Platform.Data;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Modules;

namespace Zhixin.Host;

/// <summary>The web platform: the modules' services, endpoints and pages behind one pipeline.</summary>
internal static class WebPlatform
{
    public const string OpenApiDocument = "/openapi/v1.json";
    public const string ApiReference = "/api/reference";

    public static async Task<int> ServeAsync(
        ParseResult parse, ZhixinCommandLine commandLine, Option<string?> urls, IReadOnlyList<IZhixinModule> modules, CancellationToken cancellationToken)
    {
        var unknown = parse.UnmatchedTokens.FirstOrDefault(t => !t.StartsWith("--", StringComparison.Ordinal));
        if (unknown is not null)
        {
            await parse.InvocationConfiguration.Error.WriteLineAsync($"zhixin: unknown verb or argument \"{unknown}\"; see zhixin --help");
            return ZhixinCommandLine.Failed;
        }

        try
        {
            var app = Build([.. parse.UnmatchedTokens], parse.GetValue(commandLine.Database), parse.GetValue(urls), modules);
            await app.RunAsync(cancellationToken);
            return ZhixinCommandLine.Success;
        }
        catch (Exception e) when (e is not HostAbortedException and not OperationCanceledException)
        {
            await parse.InvocationConfiguration.Error.WriteLineAsync($"zhixin: the platform could not start: {e.Message}");
            return ZhixinCommandLine.Failed;
        }
    }

    public static WebApplication Build(string[] args, string? database, string? urls, IReadOnlyList<IZhixinModule> modules)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (database is not null)
        {
            builder.Configuration["database"] = database;
        }

        if (urls is not null)
        {
            builder.WebHost.UseUrls(urls);
        }

        // The module libraries' wwwroot files (/_content/...) of a build output are found through the static web
        // assets runtime manifest. Without this the test host (environment "Testing") had no file provider for
        // them and answered every asset with an empty 200. A published app has no such manifest: a no-op there.
        builder.WebHost.UseStaticWebAssets();

        builder.Host.UseSerilog((context, logger) =>
        {
            logger.ReadFrom.Configuration(context.Configuration);
            if (context.Configuration.GetValue("Zhixin:Logging:Json", false))
            {
                logger.WriteTo.Console(new CompactJsonFormatter());
            }
            else
            {
                logger.WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }
        });

        foreach (var module in modules)
        {
            module.AddServices(builder.Services, builder.Configuration);
        }

        builder.Services.AddRazorPages();
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "质信 Zhixin API";
            document.Info.Description = "The REST API of the quality supervision platform. Errors are RFC 9457 problem details.";
            return Task.CompletedTask;
        }));

        ConfigureMetrics();
        var app = builder.Build();
        PlatformModule.UsePlatform(app);
        app.UseHttpMetrics();
        app.MapStaticAssets();
        app.MapRazorPages();
        app.MapOpenApi(OpenApiDocument).AllowAnonymous();
        app.MapScalarApiReference(ApiReference, options => options.WithOpenApiRoutePattern(OpenApiDocument).WithTitle("质信 Zhixin API")).AllowAnonymous();
        app.MapMetrics(PlatformRoutes.Metrics).AllowAnonymous();
        foreach (var module in modules)
        {
            module.MapEndpoints(app);
        }

        app.Lifetime.ApplicationStarted.Register(() => PrintBanner(app));
        return app;
    }

    /// <summary>
    /// Which of .NET's own metrics <c>/metrics</c> republishes besides the request metrics of <c>UseHttpMetrics</c>.
    /// ASP.NET Core's meters measure per request (hosting, routing, rate limiting, authentication, authorization, the
    /// memory pool's rents) and only repeat those request metrics, while each measurement took a labelled, locked update:
    /// a tenth of the public lookup's time under load. Kestrel's connections, exceptions and sign-ins stay. Event
    /// counters come from the runtime only, because listening to an event source's counters turns on all its events,
    /// and ASP.NET Core's and the network's sources then write events per request and per socket operation; their
    /// counters are published through their meters. Must run before the first scrape; later calls change nothing.
    /// </summary>
    private static void ConfigureMetrics()
    {
        Metrics.ConfigureMeterAdapter(options => options.InstrumentFilterPredicate = instrument => Republished(instrument.Meter.Name));
        Metrics.ConfigureEventCounterAdapter(options => options.EventSourceFilterPredicate = source => source == "System.Runtime");
    }

    private static bool Republished(string meter) =>
        !meter.StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal)
        || meter is "Microsoft.AspNetCore.Server.Kestrel" or "Microsoft.AspNetCore.Diagnostics" or "Microsoft.AspNetCore.Identity";

    private static void PrintBanner(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var database = app.Services.GetRequiredService<DatabaseTarget>();
        var startup = app.Services.GetRequiredService<DatabaseStartup>();
        var lines = new List<string>
        {
            "",
            "质信 Zhixin is running:",
        };
        lines.AddRange(addresses.Select(a => $"  {a}"));
        lines.Add($"  database: {database.Describe()}");
        lines.Add($"  API reference: {addresses.FirstOrDefault()}{ApiReference}");
        if (startup.DemoAccountsPresent)
        {
            lines.Add($"Demo logins (password {DemoAccounts.Password}):");
            lines.AddRange(DemoAccounts.All.Select(a => $"  {a.UserName,-16} {a.DisplayName}"));
        }

        lines.Add("");
        Console.Out.WriteLine(string.Join(Environment.NewLine, lines));
    }
}

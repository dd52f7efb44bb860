using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Zhixin.Platform.Modules;

namespace Zhixin.Host;

/// <summary>The service provider behind the command-line verbs: the modules' services without a web server.</summary>
internal static class CommandHost
{
    public static IHost Build(string? database, IReadOnlyList<IZhixinModule> modules)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            DisableDefaults = false,
        });
        if (database is not null)
        {
            builder.Configuration["database"] = database;
        }

        // Verbs talk to the user on standard output; framework logs would only be noise there.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // Failures reach the user as one message from the verb; the framework's own error logs would repeat them.
        builder.Logging.AddFilter("Microsoft", LogLevel.None);
        builder.Services.Configure<HostOptions>(options => options.ServicesStartConcurrently = false);
        foreach (var module in modules)
        {
            module.AddServices(builder.Services, builder.Configuration);
        }

        // No hosted services run for a verb: it migrates only when asked to (zhixin migrate).
        builder.Services.RemoveAll<IHostedService>();
        return builder.Build();
    }
}

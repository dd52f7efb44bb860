using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Zhixin.Benchmarks.Infrastructure;

/// <summary>
/// The yardstick of the public lookup's load test: ASP.NET Core's minimal hosting with one route of the same shape,
/// answering every request with the same JSON bytes (a real answer of the lookup), nothing else in the pipeline. It
/// runs as a process of its own, with the server garbage collector like the platform, so the two are measured alike.
/// </summary>
internal static class BareEndpoint
{
    public const string Prefix = "/bare/";

    public static async Task RunAsync(int port, string bodyFile)
    {
        var body = await File.ReadAllBytesAsync(bodyFile);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.MapGet(Prefix + "{code}", () => Results.Bytes(body, "application/json; charset=utf-8"));
        app.Lifetime.ApplicationStarted.Register(() => Console.WriteLine("bare endpoint is running"));
        await app.RunAsync();
    }
}

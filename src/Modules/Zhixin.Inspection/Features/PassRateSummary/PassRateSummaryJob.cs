using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Zhixin.Platform.Jobs;
using Zhixin.Platform.Scoping;

namespace Zhixin.Inspection.Features.PassRateSummary;

/// <summary>
/// Keeps the pre-aggregate current: when the server starts and then every interval (Zhixin:Inspection:Statistics:SummaryInterval,
/// default one minute), recounts the years whose batches changed and that have at least
/// Zhixin:Inspection:Statistics:SummaryFromBatches tested batches.
/// </summary>
internal sealed partial class PassRateSummaryJob(
    IServiceProvider services, TimeProvider clock, ILogger<PassRateSummaryJob> logger, TimeSpan interval, int minimumBatches)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await EveryInterval.RunAsync(interval, clock, async cancellation =>
        {
            try
            {
                await using var scope = SystemScope.Create(services, "inspection:summary");
                var refreshed = await scope.ServiceProvider.GetRequiredService<PassRateSummaryBuilder>().RefreshAsync(minimumBatches, cancellation);
                foreach (var year in refreshed)
                {
                    LogRefreshed(logger, year.Year, year.TestedBatches, year.Built, year.Milliseconds);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The live queries answer meanwhile; the next round counts again.
                LogFailed(logger, exception);
            }
        }, stoppingToken);
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information,
        Message = "Pass-rate pre-aggregate of {Year}: {Tested} tested batches, counted {Built} in {Milliseconds} ms")]
    private static partial void LogRefreshed(ILogger logger, int year, int tested, bool built, long milliseconds);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Error, Message = "The pass-rate pre-aggregate could not be refreshed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Zhixin.Platform.Events;

/// <summary>Drains the outboxes when a publisher says there is work, and at least every poll interval (Zhixin:Events:PollInterval).</summary>
internal sealed partial class OutboxDispatchJob(OutboxDispatcher dispatcher, IConfiguration configuration, ILogger<OutboxDispatchJob> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = configuration.GetValue("Zhixin:Events:PollInterval", TimeSpan.FromSeconds(10));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await dispatcher.DispatchAsync(stoppingToken);
                await dispatcher.WaitForWorkAsync(poll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The outbox keeps the messages; the next round retries them.
                LogRoundFailed(logger, exception);
                await Task.Yield();
                await dispatcher.WaitForWorkAsync(poll, stoppingToken);
            }
        }
    }

    [LoggerMessage(EventId = 1102, Level = LogLevel.Error, Message = "An outbox dispatch round failed")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}

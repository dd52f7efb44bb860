using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Zhixin.Platform.Jobs;
using Zhixin.Platform.Scoping;
using Zhixin.Plans.Features.RefreshComputedIndicators;
using Zhixin.Plans.Features.SendReminders;

namespace Zhixin.Plans.Jobs;

/// <summary>Runs the overdue-report reminders and refreshes computed indicators when the server starts and then every hour (Zhixin:Plans:ReminderInterval).</summary>
internal sealed partial class ReportReminderJob(IServiceProvider services, TimeProvider clock, ILogger<ReportReminderJob> logger, TimeSpan interval)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await EveryInterval.RunAsync(interval, clock, async cancellation =>
        {
            try
            {
                await using var scope = SystemScope.Create(services, "plans:reminders");
                var sent = await scope.ServiceProvider.GetRequiredService<SendRemindersHandler>().HandleAsync(cancellation);
                LogSent(logger, sent);
                // Computed indicators (the spot-check pass rate) follow the records they come from on the same rhythm.
                var filled = await scope.ServiceProvider.GetRequiredService<RefreshComputedIndicatorsHandler>().HandleAsync(cancellation);
                LogIndicators(logger, filled);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A failed round must not stop the job; the next round sends what this one missed.
                LogFailed(logger, exception);
            }
        }, stoppingToken);
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Plan report reminders sent: {Count}")]
    private static partial void LogSent(ILogger logger, int count);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Plan targets filled from computed indicators: {Count}")]
    private static partial void LogIndicators(ILogger logger, int count);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error, Message = "Plan report reminders failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

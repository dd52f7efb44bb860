using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Zhixin.Credit.Features;
using Zhixin.Credit.Features.Rescore;
using Zhixin.Platform.Scoping;

namespace Zhixin.Credit.Jobs;

/// <summary>
/// Scores every firm again each night at Zhixin:Credit:NightlyRescoreAt (Beijing time, default 02:00): records stop
/// counting and rule sets take effect by date, so grades move without anything new being recorded.
/// </summary>
internal sealed partial class NightlyRescoreJob(IServiceProvider services, TimeProvider clock, ILogger<NightlyRescoreJob> logger, TimeOnly at)
    : BackgroundService
{
    private static readonly TimeZoneInfo China = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(UntilNextRun(clock.GetUtcNow()), clock, stoppingToken);
            try
            {
                await using var scope = SystemScope.Create(services, "credit:nightly");
                var result = await scope.ServiceProvider.GetRequiredService<RescoreAllHandler>().HandleAsync(CreditSources.TriggerNightly, null, stoppingToken);
                LogDone(logger, result.Enterprises, result.Scored, result.Changed, result.GradeChanged);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Tomorrow's run scores everyone again; the firms scored on their own records meanwhile stay current.
                LogFailed(logger, exception);
            }
        }
    }

    /// <summary>The time from <paramref name="now"/> to the next run, in Beijing time.</summary>
    internal TimeSpan UntilNextRun(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, China);
        var next = new DateTimeOffset(DateOnly.FromDateTime(local.DateTime).ToDateTime(at), local.Offset);
        if (next <= local)
        {
            next = next.AddDays(1);
        }

        return next - local;
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Nightly credit rescoring: {Enterprises} firms, {Scored} scored, {Changed} assessments changed, {GradeChanged} grades changed")]
    private static partial void LogDone(ILogger logger, int enterprises, int scored, int changed, int gradeChanged);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Error, Message = "Nightly credit rescoring failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

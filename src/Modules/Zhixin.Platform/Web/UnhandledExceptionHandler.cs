using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Zhixin.Platform.Web;

/// <summary>
/// The one exception handler: a concurrent edit is a 409 naming the rule, a client disconnect is not an
/// error, anything else is a 500 without internals (logged with its trace id).
/// </summary>
internal sealed partial class UnhandledExceptionHandler(IProblemDetailsService problemDetails, ILogger<UnhandledExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, rule) = exception switch
        {
            DbUpdateConcurrencyException => (StatusCodes.Status409Conflict, "RecordChangedSinceRead", "RecordChangedSinceRead"),
            BadHttpRequestException bad => (bad.StatusCode, "Bad request", null),
            _ => (StatusCodes.Status500InternalServerError, "An unexpected error occurred.", null),
        };
        if (status >= 500)
        {
            LogUnhandled(logger, exception, httpContext.TraceIdentifier);
        }

        httpContext.Response.StatusCode = status;
        var context = new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title },
        };
        if (rule is not null)
        {
            context.ProblemDetails.Extensions[OutcomeResults.RuleExtension] = rule;
        }

        return await problemDetails.TryWriteAsync(context);
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Error, Message = "Unhandled exception in request {TraceId}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string traceId);
}

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
            DbUpdateException { InnerException: { } inner } when IsUniqueViolation(inner) =>
                (StatusCodes.Status409Conflict, "ValueAlreadyTaken", "ValueAlreadyTaken"),
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

    /// <summary>Two requests racing to create the same code: the database's unique index decides, the loser gets 409.</summary>
    private static bool IsUniqueViolation(Exception exception) => exception switch
    {
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        Npgsql.PostgresException postgres => postgres.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    [LoggerMessage(EventId = 1001, Level = LogLevel.Error, Message = "Unhandled exception in request {TraceId}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string traceId);
}

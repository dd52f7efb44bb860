using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Zhixin.Platform.Web;

/// <summary>Maps an outcome to RFC 9457 problem details: 400 with a field map, 404, 409 naming the rule, 403.</summary>
public static class OutcomeResults
{
    public const string RuleExtension = "rule";

    public static ProblemHttpResult ToProblem<T>(this Outcome<T> outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Kind switch
        {
            OutcomeKind.Invalid => TypedResults.Problem(new HttpValidationProblemDetails(outcome.Errors.ToDictionary())
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "One or more validation errors occurred.",
            }),
            OutcomeKind.NotFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: outcome.Message),
            OutcomeKind.Forbidden => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, detail: outcome.Message),
            OutcomeKind.Conflict => TypedResults.Problem(new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = outcome.Rule,
                Detail = outcome.Message,
                Extensions = { [RuleExtension] = outcome.Rule },
            }),
            _ => throw new InvalidOperationException("A successful outcome is not a problem."),
        };
    }
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Web;
using Zhixin.Register.Data;

namespace Zhixin.Register.Features.GetEnterprise;

/// <summary>One enterprise by id or by credit code; outside the caller's scope it does not exist (404).</summary>
internal sealed class GetEnterpriseHandler(RegisterDbContext db)
{
    public async Task<Outcome<EnterpriseResponse>> ByIdAsync(Guid id, CancellationToken cancellationToken)
    {
        var enterprise = await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        return enterprise is null ? Failure.NotFound() : enterprise.ToResponse();
    }

    public async Task<Outcome<EnterpriseResponse>> ByCreditCodeAsync(string creditCode, CancellationToken cancellationToken)
    {
        var code = CreditCode.ParseAllowingCheckOverride(creditCode);
        if (!code.IsValid)
        {
            return new FieldErrors().Add("creditCode", code.Problem!.Message);
        }

        var value = code.Value.Value;
        var enterprise = await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.CreditCode == value, cancellationToken);
        return enterprise is null ? Failure.NotFound() : enterprise.ToResponse();
    }
}

internal static class GetEnterpriseEndpoint
{
    public static async Task<Results<Ok<EnterpriseResponse>, ProblemHttpResult>> ByIdAsync(
        Guid id, GetEnterpriseHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.ByIdAsync(id, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }

    public static async Task<Results<Ok<EnterpriseResponse>, ProblemHttpResult>> ByCreditCodeAsync(
        string creditCode, GetEnterpriseHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.ByCreditCodeAsync(creditCode, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}

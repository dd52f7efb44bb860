using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Audit;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Scoping;
using Zhixin.Platform.Web;
using Zhixin.Register.Data;
using Zhixin.Register.Domain;

namespace Zhixin.Register.Features.CreateEnterprise;

/// <param name="CheckOverrideReason">
/// Given only to admit a legal code whose check characters fail (the early pilot codes): who admitted it
/// and why goes to the audit log.
/// </param>
internal sealed record CreateEnterpriseRequest(
    string? CreditCode,
    string? Name,
    string? RegionCode,
    string? OrgCode = null,
    string? IndustryCode = null,
    string? Status = null,
    string? LegalRepresentative = null,
    string? Address = null,
    string? EstablishedOn = null,
    string? CheckOverrideReason = null);

internal sealed class CreateEnterpriseHandler(RegisterDbContext db, IAuditLog audit, TimeProvider clock)
{
    public const string CreditCodeIsUnique = nameof(CreditCodeIsUnique);
    public const string RegionWithinCallerScope = nameof(RegionWithinCallerScope);

    public async Task<Outcome<EnterpriseResponse>> HandleAsync(CreateEnterpriseRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = clock.GetUtcNow();
        var overrideReason = string.IsNullOrWhiteSpace(request.CheckOverrideReason) ? null : request.CheckOverrideReason.Trim();
        var errors = new FieldErrors();
        var fields = new EnterpriseFields(request.CreditCode, request.OrgCode, request.Name, request.RegionCode, request.IndustryCode,
            request.Status, request.LegalRepresentative, request.Address, request.EstablishedOn);
        var details = fields.Validate(errors, allowCheckOverride: overrideReason is not null, DateOnly.FromDateTime(now.UtcDateTime.AddHours(8)));
        if (details is null)
        {
            return errors;
        }

        if (!db.Caller.Scope.Includes(details.Region.Value))
        {
            return Failure.Forbidden(RegisterText.Format("Enterprise.RegionOutsideScope", details.Region.Value));
        }

        var code = details.CreditCode.Value;
        var existing = await db.Enterprises.IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.CreditCode == code).Select(e => new { e.Name }).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return Failure.Conflict(CreditCodeIsUnique, RegisterText.Format("Enterprise.CreditCodeExists", code));
        }

        var enterprise = Enterprise.Register(details, overrideReason, importBatchId: null, now, db.Caller.Name);
        db.Enterprises.Add(enterprise);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (!details.CreditCode.CheckCharactersValid)
        {
            await audit.AppendAsync(db,
                [new AuditRecord(AuditActions.CheckOverride, nameof(Enterprise), enterprise.Id.ToString(), enterprise.RegionCode,
                    After: code, Detail: overrideReason)],
                cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return enterprise.ToResponse();
    }
}

internal static class CreateEnterpriseEndpoint
{
    public static async Task<Results<Created<EnterpriseResponse>, ProblemHttpResult>> HandleAsync(
        CreateEnterpriseRequest request, CreateEnterpriseHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(request, cancellationToken);
        return outcome.IsSuccess
            ? TypedResults.Created(RegisterRoutes.ApiEnterprise(outcome.Value!.Id), outcome.Value)
            : outcome.ToProblem();
    }
}

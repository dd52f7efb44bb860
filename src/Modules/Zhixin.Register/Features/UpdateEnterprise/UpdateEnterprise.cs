using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Web;
using Zhixin.Register.Data;
using Zhixin.Register.Domain;

namespace Zhixin.Register.Features.UpdateEnterprise;

/// <param name="Revision">The revision the edit is based on; an edit of an older revision is refused (409).</param>
internal sealed record UpdateEnterpriseRequest(
    int Revision,
    string? Name,
    string? RegionCode,
    string? IndustryCode = null,
    string? Status = null,
    string? LegalRepresentative = null,
    string? Address = null,
    string? EstablishedOn = null);

internal sealed class UpdateEnterpriseHandler(RegisterDbContext db, TimeProvider clock)
{
    public const string RecordChangedSinceRead = nameof(RecordChangedSinceRead);

    public async Task<Outcome<EnterpriseResponse>> HandleAsync(Guid id, UpdateEnterpriseRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var enterprise = await db.Enterprises.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (enterprise is null)
        {
            return Failure.NotFound();
        }

        var now = clock.GetUtcNow();
        var errors = new FieldErrors();
        var fields = new EnterpriseFields(enterprise.CreditCode, null, request.Name, request.RegionCode, request.IndustryCode,
            request.Status, request.LegalRepresentative, request.Address, request.EstablishedOn);
        var details = fields.Validate(errors, allowCheckOverride: enterprise.CheckOverride, DateOnly.FromDateTime(now.UtcDateTime.AddHours(8)));
        if (details is null)
        {
            return errors;
        }

        if (!db.Caller.Scope.Includes(details.Region.Value))
        {
            return Failure.Forbidden(RegisterText.Format("Enterprise.RegionOutsideScope", details.Region.Value));
        }

        if (enterprise.Revision != request.Revision)
        {
            return Failure.Conflict(RecordChangedSinceRead, RegisterText.Format("Record.ChangedSinceRead", enterprise.Revision, enterprise.UpdatedBy));
        }

        if (enterprise.SameDetailsAs(details))
        {
            return enterprise.ToResponse();
        }

        var regionChanged = enterprise.RegionCode != details.Region.Value;
        enterprise.Update(details, now, db.Caller.Name);
        if (regionChanged)
        {
            // A product's security label follows its producer.
            foreach (var product in await db.Products.Where(p => p.ProducerId == enterprise.Id).ToListAsync(cancellationToken))
            {
                product.FollowProducer(enterprise, now, db.Caller.Name);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return enterprise.ToResponse();
    }
}

internal static class UpdateEnterpriseEndpoint
{
    public static async Task<Results<Ok<EnterpriseResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, UpdateEnterpriseRequest request, UpdateEnterpriseHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}

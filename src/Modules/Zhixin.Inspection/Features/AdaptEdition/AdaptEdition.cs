using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Web;

namespace Zhixin.Inspection.Features.AdaptEdition;

/// <summary>A new edition for a region, copied from an existing one (a province adapts the national edition), then edited.</summary>
internal sealed record AdaptEditionRequest(string? BasedOn, string? Code, string? Name, DateOnly? EffectiveFrom, string? RegionCode, string? Source);

internal sealed class AdaptEditionHandler(InspectionDbContext db, TimeProvider clock)
{
    public async Task<Outcome<EditionSummary>> HandleAsync(AdaptEditionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var code = Fields.Required(errors, "code", request.Code, 40);
        var name = Fields.Required(errors, "name", request.Name, 200);
        var effectiveFrom = Fields.Required(errors, "effectiveFrom", request.EffectiveFrom);
        var source = Fields.Optional(errors, "source", request.Source, 500);
        var regionText = request.RegionCode ?? db.Caller.RegionCode;
        RegionCode? region = regionText is null ? null : errors.Check("regionCode", RegionCode.Parse(regionText));
        if (regionText is null)
        {
            errors.Add("regionCode", InspectionText.Format("Field.Required", Fields.Label("regionCode")));
        }

        var basis = request.BasedOn is { Length: > 0 } basedOn
            ? await db.Editions.Include(e => e.Products).FirstOrDefaultAsync(e => e.Code == basedOn, cancellationToken)
            : null;
        if (basis is null)
        {
            errors.Add("basedOn", InspectionText.Get("Catalogue.BasisNotFound"));
        }

        if (code is not null && await db.Editions.AnyAsync(e => e.Code == code, cancellationToken))
        {
            errors.Add("code", InspectionText.Format("Catalogue.CodeTaken", code));
        }

        if (!errors.IsEmpty)
        {
            return errors;
        }

        if (!InspectionAccess.Manages(db.Caller, region!.Value.Value))
        {
            return Failure.Forbidden(InspectionText.Get("Access.NotYourRegion"));
        }

        var now = clock.GetUtcNow();
        var edition = new CatalogueEdition
        {
            Id = Guid.CreateVersion7(now),
            Code = code!,
            Name = name!,
            IssuerRegionCode = region.Value.Value,
            BasedOnId = basis!.Id,
            EffectiveFrom = effectiveFrom!.Value,
            Source = source ?? InspectionText.Format("Catalogue.AdaptedFrom", basis.Name),
            CreatedAt = now,
            CreatedBy = db.Caller.Name,
        };
        edition.Products.AddRange(basis.Products.Select(p => new CatalogueProduct
        {
            Id = Guid.CreateVersion7(now),
            EditionId = edition.Id,
            CategoryCode = p.CategoryCode,
            CategoryName = p.CategoryName,
            Code = p.Code,
            Name = p.Name,
            RiskLevel = p.RiskLevel,
            IndustryCodes = p.IndustryCodes,
            TestItems = p.TestItems,
        }));
        db.Editions.Add(edition);
        await db.SaveChangesAsync(cancellationToken);
        return new EditionSummary(edition.Id, edition.Code, edition.Name, edition.IssuerRegionCode,
            InspectionAccess.RegionName(edition.IssuerRegionCode), basis.Code, edition.EffectiveFrom, edition.Source, edition.Products.Count);
    }
}

internal static class AdaptEditionEndpoint
{
    public static async Task<Results<Created<EditionSummary>, ProblemHttpResult>> HandleAsync(
        AdaptEditionRequest request, AdaptEditionHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(request, cancellationToken);
        return outcome.IsSuccess
            ? TypedResults.Created(InspectionRoutes.ApiCatalogue + "?edition=" + Uri.EscapeDataString(outcome.Value!.Code), outcome.Value)
            : outcome.ToProblem();
    }
}

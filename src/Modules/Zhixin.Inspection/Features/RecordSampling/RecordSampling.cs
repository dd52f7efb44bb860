using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Web;
using Zhixin.Register.Contracts;

namespace Zhixin.Inspection.Features.RecordSampling;

/// <summary>The sampling form (抽样单) of one batch.</summary>
internal sealed record RecordSamplingRequest(
    Guid? PlanId,
    string? SamplingNumber,
    string? ProductCode,
    string? EnterpriseCreditCode,
    string? ProducerCreditCode,
    string? ProducerName,
    FirmSize? FirmSize,
    SamplingChannel? Channel,
    string? Place,
    DateOnly? SampledOn,
    string? LotNumber,
    string? Specification,
    string? Gtin,
    int? SampleBase,
    int? SampleQuantity,
    int? ReserveQuantity,
    string? SealNumbers,
    IReadOnlyList<string>? Samplers,
    Guid? DrawSelectionId);

/// <summary>
/// Records a sampled batch: the plan must be running on the sampling day, the product must be in the plan's catalogue
/// edition, the firm must be in the register (in the caller's scope), and at least two samplers must sign.
/// </summary>
internal sealed class RecordSamplingHandler(InspectionDbContext db, IEnterpriseDirectory directory, TimeProvider clock)
{
    public const int MaxQuantity = 10_000;

    public async Task<Outcome<BatchSummary>> HandleAsync(RecordSamplingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var plan = request.PlanId is { } planId ? await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId, cancellationToken) : null;
        if (plan is null)
        {
            errors.Add("planId", InspectionText.Get("Batch.PlanNotFound"));
        }

        var samplingNumber = Fields.Required(errors, "samplingNumber", request.SamplingNumber, 40);
        if (samplingNumber is not null && await db.Batches.IgnoreQueryFilters().AnyAsync(b => b.SamplingNumber == samplingNumber, cancellationToken))
        {
            errors.Add("samplingNumber", InspectionText.Format("Batch.SamplingNumberTaken", samplingNumber));
        }

        var product = await FindProductAsync(errors, plan, request.ProductCode, cancellationToken);
        var enterprise = await FindEnterpriseAsync(errors, "enterpriseCreditCode", request.EnterpriseCreditCode, required: true, cancellationToken);
        var producer = await FindEnterpriseAsync(errors, "producerCreditCode", request.ProducerCreditCode, required: false, cancellationToken);
        var producerName = producer?.Name ?? Fields.Optional(errors, "producerName", request.ProducerName, 200);
        var firmSize = Fields.Required(errors, "firmSize", request.FirmSize);
        if (firmSize is { } size && !Enum.IsDefined(size))
        {
            errors.Add("firmSize", InspectionText.Get("Batch.FirmSizeInvalid"));
        }

        var channel = Fields.Required(errors, "channel", request.Channel);
        if (channel is { } c && !Enum.IsDefined(c))
        {
            errors.Add("channel", InspectionText.Get("Batch.ChannelInvalid"));
        }

        var place = Fields.Required(errors, "place", request.Place, 300);
        var sampledOn = Fields.Required(errors, "sampledOn", request.SampledOn);
        var today = ChinaTime.Today(clock);
        if (sampledOn is { } day && plan is not null)
        {
            if (day < plan.StartsOn)
            {
                errors.Add("sampledOn", InspectionText.Format("Batch.SampledBeforePlan", day, plan.StartsOn));
            }
            else if (day > plan.EndsOn)
            {
                errors.Add("sampledOn", InspectionText.Format("Batch.SampledAfterPlan", day, plan.EndsOn));
            }
        }

        if (sampledOn > today)
        {
            errors.Add("sampledOn", InspectionText.Get("Batch.SampledInFuture"));
        }

        var lot = Fields.Required(errors, "lotNumber", request.LotNumber, 60);
        var specification = Fields.Optional(errors, "specification", request.Specification, 100);
        var gtin = request.Gtin is { Length: > 0 } g ? errors.Check("gtin", Gtin.Parse(g)) : null;
        var sampleQuantity = Fields.Required(errors, "sampleQuantity", request.SampleQuantity);
        if (sampleQuantity is < 1 or > MaxQuantity)
        {
            errors.Add("sampleQuantity", InspectionText.Format("Batch.QuantityOutOfRange", 1, MaxQuantity));
        }

        var reserve = request.ReserveQuantity ?? 0;
        if (reserve is < 0 or > MaxQuantity)
        {
            errors.Add("reserveQuantity", InspectionText.Format("Batch.QuantityOutOfRange", 0, MaxQuantity));
        }

        if (request.SampleBase is { } sampleBase && (sampleBase < 1 || sampleBase > 100_000_000 || sampleBase < (sampleQuantity ?? 0) + reserve))
        {
            errors.Add("sampleBase", InspectionText.Get("Batch.SampleBaseTooSmall"));
        }

        var seals = Fields.Required(errors, "sealNumbers", request.SealNumbers, 200);
        var samplers = (request.Samplers ?? []).Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (samplers.Count < 2)
        {
            errors.Add("samplers", InspectionText.Get("Batch.TwoSamplers"));
        }
        else if (string.Join('、', samplers).Length > 200)
        {
            errors.Add("samplers", InspectionText.Format("Field.TooLong", Fields.Label("samplers"), 200));
        }

        if (!errors.IsEmpty)
        {
            return errors;
        }

        if (!InspectionAccess.Manages(db.Caller, enterprise!.RegionCode))
        {
            return Failure.Forbidden(InspectionText.Get("Access.NotYourRegion"));
        }

        var now = clock.GetUtcNow();
        var batch = new SampleBatch
        {
            Id = Guid.CreateVersion7(now),
            PlanId = plan!.Id,
            SamplingNumber = samplingNumber!,
            ProductCode = product!.Code,
            ProductName = product.Name,
            CategoryCode = product.CategoryCode,
            EnterpriseCreditCode = enterprise.CreditCode,
            EnterpriseName = enterprise.Name,
            RegionCode = enterprise.RegionCode,
            ProducerCreditCode = producer?.CreditCode,
            ProducerName = producerName,
            FirmSize = firmSize!.Value,
            Channel = channel!.Value,
            Place = place!,
            SampledOn = sampledOn!.Value,
            SampleYear = sampledOn.Value.Year,
            SampleQuarter = ((sampledOn.Value.Month - 1) / 3) + 1,
            LotNumber = lot!,
            Specification = specification,
            Gtin = gtin?.Value,
            SampleBase = request.SampleBase,
            SampleQuantity = sampleQuantity!.Value,
            ReserveQuantity = reserve,
            SealNumbers = seals!,
            Samplers = string.Join('、', samplers),
            DrawSelectionId = request.DrawSelectionId,
            CreatedAt = now,
            CreatedBy = db.Caller.Name,
            UpdatedAt = now,
            UpdatedBy = db.Caller.Name,
            Revision = 1,
        };
        db.Batches.Add(batch);
        await db.SaveChangesAsync(cancellationToken);
        return BatchViews.Summary(batch);
    }

    private async Task<CatalogueProduct?> FindProductAsync(FieldErrors errors, SpotCheckPlan? plan, string? code, CancellationToken cancellationToken)
    {
        var productCode = Fields.Required(errors, "productCode", code, 10);
        if (productCode is null || plan is null)
        {
            return null;
        }

        var product = await db.CatalogueProducts.AsNoTracking()
            .FirstOrDefaultAsync(p => p.EditionId == plan.EditionId && p.Code == productCode, cancellationToken);
        if (product is null)
        {
            errors.Add("productCode", InspectionText.Format("Batch.ProductNotInCatalogue", productCode));
        }

        return product;
    }

    private async Task<EnterpriseSummary?> FindEnterpriseAsync(
        FieldErrors errors, string field, string? text, bool required, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add(field, InspectionText.Format("Field.Required", Fields.Label(field)));
            }

            return null;
        }

        // Pilot-era codes whose check characters fail are legal once the register admitted them (with an audited override).
        var parsed = CreditCode.ParseAllowingCheckOverride(text.Trim().ToUpperInvariant());
        if (!parsed.IsValid)
        {
            errors.Add(field, parsed.Problem!.Message);
            return null;
        }

        var found = await directory.FindAsync([parsed.Value.Value], cancellationToken);
        if (found.GetValueOrDefault(parsed.Value.Value) is { } enterprise)
        {
            return enterprise;
        }

        errors.Add(field, parsed.Value.CheckCharactersValid
            ? InspectionText.Format("Batch.EnterpriseNotInRegister", parsed.Value.Value)
            : CreditCode.Parse(parsed.Value.Value).Problem!.Message);
        return null;
    }
}

internal static class RecordSamplingEndpoint
{
    public static async Task<Results<Created<BatchSummary>, ProblemHttpResult>> HandleAsync(
        RecordSamplingRequest request, RecordSamplingHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Created(InspectionRoutes.ApiBatch(outcome.Value!.Id), outcome.Value) : outcome.ToProblem();
    }
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.NetContent;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Web;
using Zhixin.Register.Contracts;

namespace Zhixin.Inspection.Features.RecordNetContentCheck;

/// <summary>A lot's net-content check as measured (定量包装商品净含量检验记录).</summary>
/// <param name="Measurements">Exactly the n units the plan asks for, in the declared unit, in the order measured.</param>
/// <param name="Edition">A JJF 1070 edition to judge by; by default the one in force on <paramref name="CheckedOn"/>.</param>
/// <param name="BatchId">The spot-check batch the lot was sampled in, when there is one.</param>
internal sealed record RecordNetContentCheckRequest(
    string? EnterpriseCreditCode,
    string? ProductName,
    string? LotNumber,
    DateOnly? CheckedOn,
    decimal? Nominal,
    string? Unit,
    long? LotSize,
    IReadOnlyList<decimal>? Measurements,
    string? Edition = null,
    Guid? BatchId = null);

/// <summary>A request checked and judged, ready to be stored.</summary>
internal sealed record JudgedLot(EnterpriseSummary Enterprise, string ProductName, string LotNumber, Guid? BatchId, NetContentInput Input, NetContentResult Result);

/// <summary>
/// Judges a lot by JJF 1070 with <see cref="NetContentCalculator"/> and stores the inputs, the verdict and the whole
/// calculation as computed, so a later edition of the tables never rewrites a past verdict. The firm must be in the
/// register within the caller's scope; the calculator's refusals come back under their fields (measurements[i]).
/// </summary>
internal sealed class RecordNetContentCheckHandler(InspectionDbContext db, IEnterpriseDirectory directory, TimeProvider clock)
{
    /// <summary>The check as 试算: every rule applied, nothing stored.</summary>
    public async Task<Outcome<JudgedLot>> EvaluateAsync(RecordNetContentCheckRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var enterprise = await FindFirmAsync(errors, request.EnterpriseCreditCode, cancellationToken);
        var product = Fields.Required(errors, "productName", request.ProductName, 100);
        var lot = Fields.Required(errors, "lotNumber", request.LotNumber, 60);
        var checkedOn = Fields.Required(errors, "checkedOn", request.CheckedOn);
        if (checkedOn > ChinaTime.Today(clock))
        {
            errors.Add("checkedOn", InspectionText.Get("NetContent.CheckedInFuture"));
        }

        var nominal = Fields.Required(errors, NetContentFields.Nominal, request.Nominal);
        var unit = Fields.Required(errors, NetContentFields.Unit, request.Unit, 10);
        var lotSize = Fields.Required(errors, NetContentFields.LotSize, request.LotSize);
        if (lotSize > int.MaxValue)
        {
            errors.Add(NetContentFields.LotSize, InspectionText.Format("NetContent.Error.LotSize", lotSize));
        }

        if (request.Measurements is not { Count: > 0 })
        {
            errors.Add(NetContentFields.Measurements, InspectionText.Format("Field.Required", Fields.Label(NetContentFields.Measurements)));
        }

        var edition = Fields.Optional(errors, NetContentFields.Edition, request.Edition, 40);
        await CheckBatchAsync(errors, request.BatchId, enterprise, cancellationToken);
        if (!errors.IsEmpty)
        {
            return errors;
        }

        var input = new NetContentInput(nominal!.Value, unit!, lotSize!.Value, request.Measurements!, checkedOn!.Value, edition);
        var judged = NetContentCalculator.Evaluate(input);
        if (!judged.IsSuccess)
        {
            // The calculator names the date checkDate; the request calls it checkedOn.
            foreach (var (field, message) in judged.Errors.All)
            {
                errors.Add(field == NetContentFields.CheckDate ? "checkedOn" : field, message);
            }

            return errors;
        }

        if (!InspectionAccess.Manages(db.Caller, enterprise!.RegionCode))
        {
            return Failure.Forbidden(InspectionText.Get("Access.NotYourRegion"));
        }

        return new JudgedLot(enterprise, product!, lot!, request.BatchId, input, judged.Value!);
    }

    public async Task<Outcome<NetContentCheckDetail>> HandleAsync(RecordNetContentCheckRequest request, CancellationToken cancellationToken)
    {
        var judged = await EvaluateAsync(request, cancellationToken);
        if (!judged.IsSuccess)
        {
            return judged.Kind == OutcomeKind.Invalid ? judged.Errors : new Failure(judged.Kind, judged.Rule, judged.Message);
        }

        var lot = judged.Value!;
        var result = lot.Result;
        var now = clock.GetUtcNow();
        var check = new NetContentCheck
        {
            Id = Guid.CreateVersion7(now),
            EnterpriseCreditCode = lot.Enterprise.CreditCode,
            EnterpriseName = lot.Enterprise.Name,
            RegionCode = lot.Enterprise.RegionCode,
            ProductName = lot.ProductName,
            LotNumber = lot.LotNumber,
            BatchId = lot.BatchId,
            CheckedOn = lot.Input.CheckDate,
            Nominal = result.Nominal,
            Unit = result.Unit,
            LotSize = checked((int)lot.Input.LotSize),
            Measurements = NetContentViews.Store(lot.Input.Measurements),
            Edition = result.Edition.Id,
            Verdict = result.Verdict == NetContentVerdict.Pass ? Verdict.Pass : Verdict.Fail,
            Calculation = NetContentJson.Write(result),
            CreatedAt = now,
            CreatedBy = db.Caller.Name,
        };
        db.NetContentChecks.Add(check);
        await db.SaveChangesAsync(cancellationToken);
        return NetContentViews.Detail(check);
    }

    private async Task<EnterpriseSummary?> FindFirmAsync(FieldErrors errors, string? text, CancellationToken cancellationToken)
    {
        const string Field = "enterpriseCreditCode";
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(Field, InspectionText.Format("Field.Required", Fields.Label(Field)));
            return null;
        }

        // The register decides which codes exist, pilot-era codes admitted with an override included.
        var code = CreditCode.ParseAllowingCheckOverride(text.Trim().ToUpperInvariant());
        var found = code.IsValid ? await directory.FindAsync([code.Value.Value], cancellationToken) : null;
        if (found?.GetValueOrDefault(code.Value.Value) is { } firm)
        {
            return firm;
        }

        errors.Add(Field, code.IsValid ? InspectionText.Format("Batch.EnterpriseNotInRegister", code.Value.Value) : code.Problem!.Message);
        return null;
    }

    /// <summary>A lot checked within a spot check points at its batch: one the caller sees, of the same firm.</summary>
    private async Task CheckBatchAsync(FieldErrors errors, Guid? batchId, EnterpriseSummary? enterprise, CancellationToken cancellationToken)
    {
        if (batchId is not { } id)
        {
            return;
        }

        var firm = await db.Batches.AsNoTracking().Where(b => b.Id == id).Select(b => b.EnterpriseCreditCode).FirstOrDefaultAsync(cancellationToken);
        if (firm is null)
        {
            errors.Add("batchId", InspectionText.Get("NetContent.BatchNotFound"));
        }
        else if (enterprise is not null && firm != enterprise.CreditCode)
        {
            errors.Add("batchId", InspectionText.Get("NetContent.BatchOfAnotherFirm"));
        }
    }
}

internal static class RecordNetContentCheckEndpoint
{
    public static async Task<Results<Created<NetContentCheckDetail>, ProblemHttpResult>> HandleAsync(
        RecordNetContentCheckRequest request, RecordNetContentCheckHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Created(InspectionRoutes.ApiNetContentCheck(outcome.Value!.Summary.Id), outcome.Value) : outcome.ToProblem();
    }
}

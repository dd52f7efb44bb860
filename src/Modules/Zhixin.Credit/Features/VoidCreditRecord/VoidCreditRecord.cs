using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Data;
using Zhixin.Credit.Features.Rescore;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Features.VoidCreditRecord;

internal sealed record VoidCreditRecordRequest(string? Reason);

/// <summary>Voids a wrong record of a file in the caller's region (never deletes it) and scores the firm again.</summary>
internal sealed class VoidCreditRecordHandler(CreditDbContext db, EnterpriseRescorer rescorer, TimeProvider clock)
{
    public async Task<Outcome<RecordCreditEntry.RecordCreditEntryResponse>> HandleAsync(Guid id, VoidCreditRecordRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var reason = CreditFields.Checks.Required(errors, "reason", request.Reason, 500);
        if (!errors.IsEmpty)
        {
            return errors;
        }

        // Voided records are hidden by the context; look past that filter only, to tell "already voided" from "not found".
        var record = await db.Records.IgnoreQueryFilters([Platform.Data.ScopedDbContext.VoidedFilter]).SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null)
        {
            return Failure.NotFound(CreditText.Get("Record.NotFound"));
        }

        if (record.VoidedAt is not null)
        {
            return Failure.Conflict("credit.record-voided-once", CreditText.Format("Record.AlreadyVoided", record.VoidedAt.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }

        record.VoidedAt = clock.GetUtcNow();
        record.VoidedBy = db.Caller.Name;
        record.VoidReason = reason;
        await db.SaveChangesAsync(cancellationToken);
        var rescored = await rescorer.RescoreAsync(record.EnterpriseCreditCode, CreditSources.TriggerVoid, cancellationToken);
        return new RecordCreditEntry.RecordCreditEntryResponse(CreditRecordView.Of(record), AssessmentView.Of(rescored.Assessment, showRiskClass: true));
    }
}

internal static class VoidCreditRecordEndpoint
{
    public static async Task<Results<Ok<RecordCreditEntry.RecordCreditEntryResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, VoidCreditRecordRequest request, VoidCreditRecordHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Features.Rescore;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Web;
using Zhixin.Register.Contracts;

namespace Zhixin.Credit.Features.RecordCreditEntry;

/// <summary>
/// A record for a firm's credit file entered by a regulator: the firm's credit code, the kind (spotCheckFailed,
/// administrativePenalty, complaintUpheld, recall, qualityAccident, certification, qualityAward, brand,
/// qualityCommitment), its severity (light, general, serious; negative kinds only, required for penalties and
/// accidents), the date, a title, and the evidence (document number, authority, the supplying department).
/// </summary>
internal sealed record RecordCreditEntryRequest(
    string? CreditCode,
    string? Kind,
    string? Severity,
    DateOnly? OccurredOn,
    string? Title,
    string? Detail,
    string? DocumentNumber,
    string? Authority,
    string? SourceDepartmentCode);

/// <summary>The stored record and the firm's assessment after it.</summary>
internal sealed record RecordCreditEntryResponse(CreditRecordView Record, AssessmentView Assessment);

/// <summary>Adds a record to the file of a firm in the caller's region and scores the firm again at once.</summary>
internal sealed class RecordCreditEntryHandler(CreditDbContext db, IEnterpriseDirectory directory, EnterpriseRescorer rescorer, TimeProvider clock)
{
    public const int EarliestYear = 1990;

    public async Task<Outcome<RecordCreditEntryResponse>> HandleAsync(RecordCreditEntryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var fields = CreditFields.Checks;
        // Pilot-era codes whose check characters fail are legal once the register admitted them (with an audited override).
        CreditCode? code = null;
        if (string.IsNullOrWhiteSpace(request.CreditCode))
        {
            fields.Required(errors, "creditCode", null, 18);
        }
        else
        {
            code = errors.Check("creditCode", CreditCode.ParseAllowingCheckOverride(request.CreditCode.Trim().ToUpperInvariant()));
        }

        var kind = CheckKind(errors, request.Kind);
        var severity = CheckSeverity(errors, kind, request.Severity);
        var occurredOn = fields.Present(errors, "occurredOn", request.OccurredOn);
        var today = ChinaTime.Today(clock);
        if (occurredOn > today)
        {
            errors.Add("occurredOn", CreditText.Format("Record.InFuture", ChinaTime.Format(occurredOn), ChinaTime.Format(today)));
        }
        else if (occurredOn?.Year < EarliestYear)
        {
            errors.Add("occurredOn", CreditText.Format("Record.TooEarly", EarliestYear));
        }

        var title = fields.Required(errors, "title", request.Title, 300);
        var detail = fields.Optional(errors, "detail", request.Detail, 2000);
        var document = fields.Optional(errors, "documentNumber", request.DocumentNumber, 100);
        var authority = fields.Optional(errors, "authority", request.Authority, 100);
        var department = fields.Optional(errors, "sourceDepartmentCode", request.SourceDepartmentCode, 20);
        EnterpriseSummary? enterprise = null;
        if (code is { } valid)
        {
            // The directory answers within the caller's scope: a firm elsewhere is as unknown as one not registered.
            var found = await directory.FindAsync([valid.Value], cancellationToken);
            if (!found.TryGetValue(valid.Value, out enterprise))
            {
                errors.Add("creditCode", valid.CheckCharactersValid
                    ? CreditText.Format("Record.UnknownEnterprise", valid.Value)
                    : CreditCode.Parse(valid.Value).Problem!.Message);
            }
        }

        if (!errors.IsEmpty)
        {
            return errors;
        }

        var now = clock.GetUtcNow();
        var record = new CreditRecord
        {
            Id = Guid.CreateVersion7(now),
            EnterpriseCreditCode = enterprise!.CreditCode,
            EnterpriseName = enterprise.Name,
            RegionCode = enterprise.RegionCode,
            Kind = kind!.Value,
            Severity = severity,
            OccurredOn = occurredOn!.Value,
            Title = title!,
            Detail = detail,
            DocumentNumber = document,
            Authority = authority,
            SourceModule = CreditSources.Manual,
            SourceReference = Guid.CreateVersion7(now).ToString("N"),
            SourceDepartmentCode = department,
            CreatedAt = now,
            CreatedBy = db.Caller.Name,
        };
        db.Records.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        var rescored = await rescorer.RescoreAsync(record.EnterpriseCreditCode, CreditSources.TriggerRecord, cancellationToken);
        return new RecordCreditEntryResponse(CreditRecordView.Of(record), AssessmentView.Of(rescored.Assessment, showRiskClass: true));
    }

    private static CreditRecordKind? CheckKind(FieldErrors errors, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            CreditFields.Checks.Required(errors, "kind", null, 40);
            return null;
        }

        var kind = CreditLabels.ParseKind(text);
        if (kind is null)
        {
            errors.Add("kind", CreditText.Format("Record.KindUnknown", text.Trim(), string.Join(", ", CreditRecordKinds.All.Select(CreditLabels.KindCode))));
        }

        return kind;
    }

    private static RecordSeverity CheckSeverity(FieldErrors errors, CreditRecordKind? kind, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (kind is CreditRecordKind.AdministrativePenalty or CreditRecordKind.QualityAccident)
            {
                errors.Add("severity", CreditText.Format("Record.SeverityRequired", CreditLabels.Kind(kind.Value)));
            }

            return RecordSeverity.None;
        }

        var severity = CreditLabels.ParseSeverity(text);
        if (severity is null or RecordSeverity.None)
        {
            errors.Add("severity", CreditText.Format("Record.SeverityUnknown", text.Trim()));
            return RecordSeverity.None;
        }

        if (kind is { } k && !k.IsNegative())
        {
            errors.Add("severity", CreditText.Format("Record.SeverityNotForPositive", CreditLabels.Kind(k)));
        }

        return severity.Value;
    }
}

internal static class RecordCreditEntryEndpoint
{
    public static async Task<Results<Created<RecordCreditEntryResponse>, ProblemHttpResult>> HandleAsync(
        RecordCreditEntryRequest request, RecordCreditEntryHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(request, cancellationToken);
        return outcome.IsSuccess
            ? TypedResults.Created(CreditRoutes.ApiEnterprise(outcome.Value!.Record.CreditCode), outcome.Value)
            : outcome.ToProblem();
    }
}

using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Features.GetCreditFile;
using Zhixin.Credit.Features.RuleSets;
using Zhixin.Credit.Pages.Credit;
using Zhixin.Credit.Reports;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Features.IssueCreditReport;

/// <summary>
/// Issues a firm's credit report (信用报告): the file as the caller may read it (a regulator of its region, or the
/// firm itself; another county's firm is 404), without the internal risk class, proposals or voided records;
/// numbered, signed with the platform's key, and entered in the index of issued reports (so every issue is in the
/// audit log, with who asked).
/// </summary>
internal sealed class IssueCreditReportHandler(
    CreditDbContext db, GetCreditFileHandler files, RuleSetCatalog rules, ReportSigningKey key, TimeProvider clock)
{
    /// <summary>The serializer of the signed content: the web defaults, so the API writes it back unchanged.</summary>
    public static readonly JsonSerializerOptions ContentJson = new(JsonSerializerDefaults.Web);

    public async Task<Outcome<CreditReportDocument>> HandleAsync(string creditCode, CancellationToken cancellationToken)
    {
        var file = await files.HandleAsync(creditCode, cancellationToken);
        if (!file.IsSuccess)
        {
            return Failure.NotFound(file.Message);
        }

        var view = file.Value!;
        var now = clock.GetUtcNow();
        var number = "XY" + ChinaTime.Today(clock).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)
            + Convert.ToHexString(RandomNumberGenerator.GetBytes(5));
        ReportAssessment? assessment = null;
        if (view.Current is { } current)
        {
            var model = await rules.FindAsync(current.RuleSetVersion, cancellationToken);
            assessment = new ReportAssessment(
                current.Score, current.Grade, current.GradeName, current.GradeCappedBy, current.AsOf, current.AssessedAt,
                new ReportRuleSet(current.RuleSetVersion, model?.Name ?? "", model?.Verified ?? false),
                [.. current.Lines.Select(l => new ReportLine(l.RecordId, l.Rule, l.Points, l.Capped, l.LastCountingDay, l.Text))],
                [.. current.Listings.Select(l => l.Text)]);
        }

        var content = new CreditReportContent(
            CreditReportContent.FormatName, number, now, CreditText.Get("Report.Issuer"),
            new ReportFirm(view.CreditCode, view.Name, view.RegionCode, CreditPageLabels.Region(view.RegionCode)),
            assessment,
            [.. view.Listings.Where(l => l.Status != "proposed").Select(l => new ReportListing(
                l.Kind, l.KindName, l.Status, l.StatusName, l.DecisionNumber, l.DecidedOn, l.Authority, l.ListedFrom, l.ListedUntil, l.EndedOn, l.LegalBasis))],
            [.. view.Records.Where(r => r.VoidedAt is null).Select(r => new ReportRecord(
                r.Id, r.Kind, r.KindName, r.Severity, r.OccurredOn, r.Title, r.DocumentNumber, r.Authority,
                r.Source, r.SourceReference, r.SourceDepartmentCode, r.SourceLink, r.CreatedAt))],
            [.. view.Outlook.Select(o => new ReportOutlook(o.Grade, o.GradeName, o.From, o.ScoreThen))]);

        var element = JsonSerializer.SerializeToElement(content, ContentJson);
        var hash = SHA256.HashData(CanonicalJson.Bytes(element));
        var hex = Convert.ToHexStringLower(hash);
        var signed = key.Sign(hash);
        var signature = new ReportSignature(ReportSigningKey.Algorithm, signed.KeyId, hex, Convert.ToBase64String(signed.Signature), ReportSignature.CodeOf(hex));
        db.IssuedReports.Add(new IssuedCreditReport
        {
            Number = number, EnterpriseCreditCode = view.CreditCode, Sha256 = hex, KeyId = key.KeyId, IssuedAt = now, IssuedBy = db.Caller.Name,
        });
        await db.SaveChangesAsync(cancellationToken);
        return new CreditReportDocument(element, signature);
    }
}

internal static class IssueCreditReportEndpoint
{
    public static async Task<Results<JsonHttpResult<CreditReportDocument>, ProblemHttpResult>> HandleAsync(
        string code, IssueCreditReportHandler handler, HttpContext context, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(code, cancellationToken);
        if (!outcome.IsSuccess)
        {
            return outcome.ToProblem();
        }

        var document = outcome.Value!;
        var number = document.Report.GetProperty("number").GetString();
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"credit-report-{number}.json\"";
        return TypedResults.Json(document, IssueCreditReportHandler.ContentJson);
    }
}

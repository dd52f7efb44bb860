using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Data;
using Zhixin.Credit.Reports;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Features.VerifyCreditReport;

/// <summary>Either a whole report document (report + signature), or a report number with the verification code printed on it.</summary>
internal sealed record VerifyCreditReportRequest(JsonElement? Report, ReportSignature? Signature, string? Number, string? VerificationCode);

/// <summary>
/// The answer: <see cref="Valid"/>, a stable <see cref="Reason"/> (<c>valid</c>, <c>tampered</c>, <c>unknown-key</c>,
/// <c>bad-signature</c>, <c>not-issued</c>, <c>code-mismatch</c>) with its words, and whether the platform's index
/// holds the number with this very content.
/// </summary>
internal sealed record VerifyCreditReportResponse(
    bool Valid, string Reason, string Message, string? Number, bool Issued, DateTimeOffset? IssuedAt, string? CreditCode, string? KeyId);

/// <summary>A public key of the platform for checking reports anywhere: PEM (SubjectPublicKeyInfo) and JWK; retired keys still check reports signed before a rotation.</summary>
internal sealed record ReportPublicKeyView(string KeyId, string Algorithm, string Pem, IReadOnlyDictionary<string, string> Jwk, bool Retired);

/// <summary>
/// Checks a credit report for anyone, signed in or not: the content's canonical SHA-256 against the one signed
/// (tampered), the key id against the platform's (unknown key), the signature (bad signature), and the number
/// against the index of issued reports.
/// </summary>
internal sealed class VerifyCreditReportHandler(CreditDbContext db, ReportSigningKey key)
{
    public async Task<Outcome<VerifyCreditReportResponse>> HandleAsync(VerifyCreditReportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Report is { ValueKind: JsonValueKind.Object } report)
        {
            if (request.Signature is not { } signature)
            {
                return new FieldErrors().Add("signature", CreditText.Get("Report.Verify.SignatureMissing"));
            }

            var hex = Convert.ToHexStringLower(SHA256.HashData(CanonicalJson.Bytes(report)));
            var number = report.TryGetProperty("number", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
            var issued = number is null ? null : await db.IssuedReports.AsNoTracking().SingleOrDefaultAsync(r => r.Number == number, cancellationToken);
            var inIndex = issued is not null && issued.Sha256 == hex;
            VerifyCreditReportResponse Answer(bool valid, string reason) => new(
                valid, reason, CreditText.Get("Report.Verify." + reason), number, inIndex, inIndex ? issued!.IssuedAt : null,
                inIndex ? issued!.EnterpriseCreditCode : null, signature.KeyId);

            if (!string.Equals(hex, signature.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                return Answer(false, "tampered");
            }

            if (!key.Knows(signature.KeyId))
            {
                return Answer(false, "unknown-key");
            }

            var bytes = new byte[64];
            if (!Convert.TryFromBase64String(signature.Value ?? "", bytes, out var written) || written != 64
                || !key.Verify(signature.KeyId, Convert.FromHexString(hex), bytes))
            {
                return Answer(false, "bad-signature");
            }

            return Answer(true, inIndex ? "valid" : "not-issued") with { Valid = inIndex };
        }

        var errors = new FieldErrors();
        var wanted = request.Number?.Trim();
        var code = request.VerificationCode?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(wanted))
        {
            errors.Add("number", CreditText.Get("Report.Verify.NumberOrDocument"));
        }

        if (string.IsNullOrEmpty(code))
        {
            errors.Add("verificationCode", CreditText.Get("Report.Verify.CodeMissing"));
        }

        if (!errors.IsEmpty)
        {
            return errors;
        }

        var found = await db.IssuedReports.AsNoTracking().SingleOrDefaultAsync(r => r.Number == wanted, cancellationToken);
        if (found is null)
        {
            return new VerifyCreditReportResponse(false, "not-issued", CreditText.Get("Report.Verify.not-issued"), wanted, false, null, null, null);
        }

        return ReportSignature.CodeOf(found.Sha256) == code
            ? new VerifyCreditReportResponse(true, "valid", CreditText.Get("Report.Verify.issued"), wanted, true, found.IssuedAt, found.EnterpriseCreditCode, found.KeyId)
            : new VerifyCreditReportResponse(false, "code-mismatch", CreditText.Get("Report.Verify.code-mismatch"), wanted, true, null, null, null);
    }
}

internal static class VerifyCreditReportEndpoint
{
    public static async Task<Results<Ok<VerifyCreditReportResponse>, ProblemHttpResult>> HandleAsync(
        VerifyCreditReportRequest request, VerifyCreditReportHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }

    /// <summary>The key in use, or with <paramref name="keyId"/> the key of that id (current or retired): 404 when the platform never had it.</summary>
    public static Results<Ok<ReportPublicKeyView>, ProblemHttpResult> PublicKey(ReportSigningKey key, string? keyId = null) =>
        key.PublicKey(string.IsNullOrWhiteSpace(keyId) ? null : keyId.Trim()) is { } found
            ? TypedResults.Ok(new ReportPublicKeyView(found.KeyId, ReportSigningKey.Algorithm, found.Pem, found.Jwk, found.Retired))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: CreditText.Format("Report.KeyNotFound", keyId!));
}

using System.Text.Json;

namespace Zhixin.Credit.Reports;

/// <summary>
/// A signed credit report (信用报告) as issued: the content, and the platform's signature over the canonical bytes
/// of that content (<see cref="CanonicalJson"/>). The same document can be posted back to the verify endpoint.
/// </summary>
internal sealed record CreditReportDocument(JsonElement Report, ReportSignature Signature);

/// <summary>
/// The signature block: algorithm, key id, the SHA-256 of the canonical content (hex), the signature over that
/// hash (base64 of r‖s, 64 bytes) and the verification code printed on the report (the hash's first 16 hex digits
/// in groups), which with the report number finds the issue in the platform's index.
/// </summary>
internal sealed record ReportSignature(string Algorithm, string KeyId, string Sha256, string Value, string VerificationCode)
{
    public static string CodeOf(string sha256Hex)
    {
        ArgumentNullException.ThrowIfNull(sha256Hex);
        var head = sha256Hex[..16].ToUpperInvariant();
        return string.Join('-', Enumerable.Range(0, 4).Select(i => head.Substring(i * 4, 4)));
    }
}

/// <summary>The content of a report, as signed.</summary>
internal sealed record CreditReportContent(
    string Format,
    string Number,
    DateTimeOffset IssuedAt,
    string Issuer,
    ReportFirm Firm,
    ReportAssessment? Assessment,
    IReadOnlyList<ReportListing> Listings,
    IReadOnlyList<ReportRecord> Records,
    IReadOnlyList<ReportOutlook> Outlook)
{
    public const string FormatName = "zhixin.credit-report/1";
}

internal sealed record ReportFirm(string CreditCode, string Name, string RegionCode, string RegionName);

internal sealed record ReportRuleSet(int Version, string Name, bool Verified);

internal sealed record ReportAssessment(
    decimal Score, string Grade, string GradeName, string? GradeCappedBy, DateOnly AsOf, DateTimeOffset AssessedAt, ReportRuleSet RuleSet,
    IReadOnlyList<ReportLine> Lines, IReadOnlyList<string> ListingCaps);

internal sealed record ReportLine(Guid RecordId, string Rule, decimal Points, bool Capped, DateOnly LastCountingDay, string Text);

internal sealed record ReportListing(
    string Kind, string ListName, string Status, string StatusName, string? DecisionNumber, DateOnly? DecidedOn, string? Authority,
    DateOnly? ListedFrom, DateOnly? ListedUntil, DateOnly? EndedOn, string LegalBasis);

internal sealed record ReportRecord(
    Guid Id, string Kind, string KindName, string? Severity, DateOnly OccurredOn, string Title, string? DocumentNumber, string? Authority,
    string Source, string SourceReference, string? SourceDepartmentCode, string? SourceLink, DateTimeOffset EnteredAt);

internal sealed record ReportOutlook(string Grade, string GradeName, DateOnly? From, decimal? ScoreThen);

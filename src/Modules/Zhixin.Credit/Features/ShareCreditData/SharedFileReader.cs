using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Lists;
using Zhixin.Credit.Sharing;
using Zhixin.Platform.Audit;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Scoping;
using Zhixin.Register.Contracts;

namespace Zhixin.Credit.Features.ShareCreditData;

/// <summary>Grade, score and breakdown as shared: never the internal risk class, not even as an empty field.</summary>
internal sealed record SharedGradeView(
    decimal Score, string Grade, string GradeName, string? GradeCappedBy, int RuleSetVersion, DateOnly AsOf, DateTimeOffset AssessedAt,
    IReadOnlyList<ScoreLineView> Lines, IReadOnlyList<ListingCapView> Listings)
{
    public static SharedGradeView Of(CreditAssessment assessment)
    {
        var view = AssessmentView.Of(assessment, showRiskClass: false);
        return new SharedGradeView(view.Score, view.Grade, view.GradeName, view.GradeCappedBy, view.RuleSetVersion, view.AsOf, view.AssessedAt, view.Lines, view.Listings);
    }
}

/// <summary>A firm as a department may see it: only the parts its grants open (the others are null).</summary>
internal sealed record SharedFileView(
    string CreditCode, string Name, string RegionCode, IReadOnlyList<string> Scopes,
    SharedGradeView? Grade, IReadOnlyList<CreditRecordView>? Records, IReadOnlyList<ListingView>? Listings);

/// <summary>Why a firm was not shared: not in the register, or outside every grant of the caller.</summary>
internal static class SharingRefusals
{
    public const string Unknown = "unknown";
    public const string OutOfScope = "out-of-scope";
    public const string Invalid = "invalid";
}

/// <summary>One firm's place in the register, looked up before any grant is checked.</summary>
internal sealed record SharedFirm(string CreditCode, string Name, string RegionCode);

/// <summary>
/// Reads firms for the sharing API. The department is no region's official, so the reads run as the system, and only
/// after the grants were checked for the firm's region; every read and every refusal is audited under the caller.
/// </summary>
internal sealed class SharedFileReader(IServiceProvider services, CreditDbContext db, IAuditLog audit, TimeProvider clock)
{
    public const string AuditEntity = "SharedCreditFile";
    public const string FeedAuditEntity = "CreditChangeFeed";
    public const string ReadAction = "share-read";
    public const string DeniedAction = "share-denied";

    /// <summary>The firms of the register among the codes (canonical form), by code; codes that do not parse are absent.</summary>
    public async Task<IReadOnlyDictionary<string, SharedFirm>> FindAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        await using var scope = SystemScope.Create(services, "credit:sharing");
        var found = await scope.ServiceProvider.GetRequiredService<IEnterpriseDirectory>().FindAsync(codes, cancellationToken);
        return found.Values.ToDictionary(e => e.CreditCode, e => new SharedFirm(e.CreditCode, e.Name, e.RegionCode), StringComparer.Ordinal);
    }

    public static string? Canonical(string? code)
    {
        var parsed = CreditCode.ParseAllowingCheckOverride(code?.Trim().ToUpperInvariant());
        return parsed.IsValid ? parsed.Value.Value : null;
    }

    /// <summary>The files of the firms, each with what the caller's grants open for its region.</summary>
    public async Task<IReadOnlyList<SharedFileView>> ReadAsync(IReadOnlyList<(SharedFirm Firm, IReadOnlySet<string> Scopes)> firms, CancellationToken cancellationToken)
    {
        if (firms.Count == 0)
        {
            return [];
        }

        await using var scope = SystemScope.Create(services, "credit:sharing");
        var system = scope.ServiceProvider.GetRequiredService<CreditDbContext>();
        var codes = firms.Select(f => f.Firm.CreditCode).ToList();
        var assessments = await system.Assessments.AsNoTracking().Where(a => codes.Contains(a.EnterpriseCreditCode) && a.IsCurrent)
            .ToDictionaryAsync(a => a.EnterpriseCreditCode, cancellationToken);
        var wantRecords = firms.Where(f => f.Scopes.Contains(SharingScopes.Records)).Select(f => f.Firm.CreditCode).ToList();
        var records = wantRecords.Count == 0 ? [] : await system.Records.AsNoTracking().Where(r => wantRecords.Contains(r.EnterpriseCreditCode))
            .OrderByDescending(r => r.OccurredOn).ThenByDescending(r => r.CreatedAt).ToListAsync(cancellationToken);
        var wantLists = firms.Where(f => f.Scopes.Contains(SharingScopes.Lists)).Select(f => f.Firm.CreditCode).ToList();
        // A proposal not yet served is the regulator's working paper: shared from the notice on, like the firm sees it.
        var listings = wantLists.Count == 0 ? [] : await system.Listings.AsNoTracking()
            .Where(l => wantLists.Contains(l.EnterpriseCreditCode) && l.Status != ListingStatus.Proposed)
            .OrderByDescending(l => l.ProposedAt).ToListAsync(cancellationToken);
        var today = ChinaTime.Today(clock);
        return [.. firms.Select(f => new SharedFileView(
            f.Firm.CreditCode, f.Firm.Name, f.Firm.RegionCode, [.. f.Scopes.Order(StringComparer.Ordinal)],
            f.Scopes.Contains(SharingScopes.Grade) && assessments.TryGetValue(f.Firm.CreditCode, out var a) ? SharedGradeView.Of(a) : null,
            f.Scopes.Contains(SharingScopes.Records) ? [.. records.Where(r => r.EnterpriseCreditCode == f.Firm.CreditCode).Select(CreditRecordView.Of)] : null,
            f.Scopes.Contains(SharingScopes.Lists) ? [.. listings.Where(l => l.EnterpriseCreditCode == f.Firm.CreditCode).Select(l => ListingView.Of(l, today))] : null))];
    }

    /// <summary>Writes the audit entries of one request in one transaction: who (department, token), which firm, what was opened or why refused.</summary>
    public async Task AuditAsync(SharingAccess? access, IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await audit.AppendAsync(db, records, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public static AuditRecord Read(SharingAccess access, string what, SharedFirm firm, IEnumerable<string> scopes) =>
        new(ReadAction, AuditEntity, firm.CreditCode, firm.RegionCode, Detail: $"{access.Describe()}; {what}; data={string.Join(",", scopes.Order(StringComparer.Ordinal))}");

    public static AuditRecord Denied(SharingAccess? access, string what, string code, string? region, string reason) =>
        new(DeniedAction, AuditEntity, code, region, Detail: $"{access?.Describe() ?? SharedReadDetail.NoGrant}; {what}; refused={reason}");

    public static AuditRecord FeedRead(SharingAccess access, long since, long next, int changes) =>
        new(ReadAction, FeedAuditEntity, null, null, Detail: $"{access.Describe()}; feed since={since}; next={next}; changes={changes}");
}

/// <summary>
/// What one sharing audit entry says, read back from the detail <see cref="SharedFileReader"/> wrote: the use (lookup, bulk,
/// feed, joint-check, watch), the measure of a joint check, the data opened or the reason refused, the changes a feed page
/// carried. Kept beside the writer so the two forms cannot drift apart.
/// </summary>
internal sealed record SharedReadDetail(string What, string? Measure, IReadOnlyList<string> Data, string? Refused, int? Changes)
{
    public const string NoGrant = "no grant";

    public static SharedReadDetail Parse(string? detail)
    {
        var parts = (detail ?? "").Split("; ", StringSplitOptions.RemoveEmptyEntries);
        string? what = null;
        string? measure = null;
        IReadOnlyList<string> data = [];
        string? refused = null;
        int? changes = null;
        foreach (var part in parts)
        {
            if (part.StartsWith("data=", StringComparison.Ordinal))
            {
                data = part["data=".Length..].Split(',', StringSplitOptions.RemoveEmptyEntries);
            }
            else if (part.StartsWith("refused=", StringComparison.Ordinal))
            {
                refused = part["refused=".Length..];
            }
            else if (part.StartsWith("changes=", StringComparison.Ordinal)
                && int.TryParse(part["changes=".Length..], System.Globalization.CultureInfo.InvariantCulture, out var count))
            {
                changes = count;
            }
            else if ((what is null && part != NoGrant && !part.Contains('=', StringComparison.Ordinal)) || part.StartsWith("feed ", StringComparison.Ordinal))
            {
                // "lookup", "bulk", "watch", "joint-check fiscal-subsidy", "feed since=0"
                var words = part.Split(' ', 2);
                what = words[0];
                measure = what == "joint-check" && words.Length > 1 ? words[1] : null;
            }
        }

        return new SharedReadDetail(what ?? "", measure, data, refused, changes);
    }
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Zhixin.Credit.Data;
using Zhixin.Credit.Sharing;
using Zhixin.Platform.Audit;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Features.ShareCreditData;

internal sealed record QuerySharedFilesRequest(IReadOnlyList<string>? CreditCodes);

/// <summary>One code's answer in a bulk query: the file, or the reason there is none (unknown, out-of-scope, invalid).</summary>
internal sealed record SharedFileResult(string CreditCode, SharedFileView? File, string? Refused);

internal sealed record QuerySharedFilesResponse(IReadOnlyList<SharedFileResult> Results, int Shared, int Refused);

/// <summary>
/// Up to <see cref="MaxCodes"/> firms at once, answered code by code in the order asked: each firm in scope with what the
/// grants open, each other code with its reason. Every refusal is audited on its own, the reads in the same transaction.
/// </summary>
internal sealed class QuerySharedFilesHandler(CreditDbContext db, SharedFileReader reader, TimeProvider clock)
{
    public const int MaxCodes = 1000;

    public async Task<Outcome<QuerySharedFilesResponse>> HandleAsync(QuerySharedFilesRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var codes = request.CreditCodes ?? [];
        if (codes.Count is 0 or > MaxCodes)
        {
            return new FieldErrors().Add("creditCodes", CreditText.Format("Sharing.BulkSize", MaxCodes));
        }

        var access = await SharingAccess.ForAsync(db, clock, cancellationToken);
        if (access is null)
        {
            return Failure.Forbidden(CreditText.Get("Sharing.NoGrant"));
        }

        var canonical = codes.Select(c => (Asked: c, Code: SharedFileReader.Canonical(c))).ToList();
        var firms = await reader.FindAsync([.. canonical.Where(c => c.Code is not null).Select(c => c.Code!).Distinct()], cancellationToken);
        var audit = new List<AuditRecord>();
        var answers = new List<(string Asked, SharedFirm? Firm, IReadOnlySet<string>? Scopes, string? Refused)>();
        foreach (var (asked, code) in canonical)
        {
            if (code is null)
            {
                answers.Add((asked, null, null, SharingRefusals.Invalid));
                audit.Add(SharedFileReader.Denied(access, "bulk", asked, null, SharingRefusals.Invalid));
            }
            else if (!firms.TryGetValue(code, out var firm))
            {
                answers.Add((asked, null, null, SharingRefusals.Unknown));
                audit.Add(SharedFileReader.Denied(access, "bulk", code, null, SharingRefusals.Unknown));
            }
            else if (access.ScopesFor(firm.RegionCode).Where(s => s != SharingScopes.JointCheck).ToHashSet(StringComparer.Ordinal) is { Count: > 0 } scopes)
            {
                answers.Add((asked, firm, scopes, null));
                audit.Add(SharedFileReader.Read(access, "bulk", firm, scopes));
            }
            else
            {
                answers.Add((asked, null, null, SharingRefusals.OutOfScope));
                audit.Add(SharedFileReader.Denied(access, "bulk", firm.CreditCode, firm.RegionCode, SharingRefusals.OutOfScope));
            }
        }

        var shared = answers.Where(a => a.Firm is not null).Select(a => (a.Firm!, a.Scopes!)).DistinctBy(a => a.Item1.CreditCode).ToList();
        var files = (await reader.ReadAsync(shared, cancellationToken)).ToDictionary(f => f.CreditCode, StringComparer.Ordinal);
        await reader.AuditAsync(access, audit, cancellationToken);
        var results = answers.Select(a => new SharedFileResult(a.Firm?.CreditCode ?? a.Asked, a.Firm is null ? null : files[a.Firm.CreditCode], a.Refused)).ToList();
        return new QuerySharedFilesResponse(results, results.Count(r => r.File is not null), results.Count(r => r.Refused is not null));
    }
}

internal static class QuerySharedFilesEndpoint
{
    public static async Task<Results<Ok<QuerySharedFilesResponse>, ProblemHttpResult>> HandleAsync(
        QuerySharedFilesRequest request, QuerySharedFilesHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}

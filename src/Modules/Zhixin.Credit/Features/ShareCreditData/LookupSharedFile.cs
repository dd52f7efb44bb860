using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Zhixin.Credit.Data;
using Zhixin.Credit.Sharing;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Features.ShareCreditData;

/// <summary>
/// One firm by its credit code, with what the grants open for its region. A firm outside every grant is 403 and audited;
/// an unknown code is 404 (and audited too, since probing codes is itself worth seeing).
/// </summary>
internal sealed class LookupSharedFileHandler(CreditDbContext db, SharedFileReader reader, TimeProvider clock)
{
    public async Task<Outcome<SharedFileView>> HandleAsync(string code, CancellationToken cancellationToken)
    {
        var access = await SharingAccess.ForAsync(db, clock, cancellationToken);
        var canonical = SharedFileReader.Canonical(code);
        var firm = canonical is null ? null : (await reader.FindAsync([canonical], cancellationToken)).GetValueOrDefault(canonical);
        if (firm is null)
        {
            await reader.AuditAsync(access, [SharedFileReader.Denied(access, "lookup", canonical ?? code, null, SharingRefusals.Unknown)], cancellationToken);
            return Failure.NotFound(CreditText.Format("File.NotFound", code));
        }

        var scopes = access?.ScopesFor(firm.RegionCode) ?? new HashSet<string>();
        var readable = scopes.Where(s => s != SharingScopes.JointCheck).ToHashSet(StringComparer.Ordinal);
        if (access is null || readable.Count == 0)
        {
            await reader.AuditAsync(access, [SharedFileReader.Denied(access, "lookup", firm.CreditCode, firm.RegionCode, SharingRefusals.OutOfScope)], cancellationToken);
            return Failure.Forbidden(CreditText.Format("Sharing.OutOfScope", firm.CreditCode));
        }

        var file = (await reader.ReadAsync([(firm, readable)], cancellationToken))[0];
        await reader.AuditAsync(access, [SharedFileReader.Read(access, "lookup", firm, readable)], cancellationToken);
        return file;
    }
}

internal static class LookupSharedFileEndpoint
{
    public static async Task<Results<Ok<SharedFileView>, ProblemHttpResult>> HandleAsync(
        string code, LookupSharedFileHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(code, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}

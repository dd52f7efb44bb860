using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.Features.PublishDraw;
using Zhixin.Inspection.Sampling;
using Zhixin.Platform.Web;

namespace Zhixin.Inspection.Features.VerifyDraw;

/// <summary>Whether the stored result is what the published seed and listing give, and where it is not.</summary>
internal sealed record DrawCheck(Guid DrawId, bool Matches, IReadOnlyList<string> Differences);

/// <summary>
/// Re-runs a made draw from its stored seed and listing (<see cref="DoubleRandomDraw.Verify"/>) and compares the firms,
/// their order and inspectors, the listing's hash and the exclusions with what was stored.
/// </summary>
internal sealed class VerifyDrawHandler(InspectionDbContext db)
{
    public async Task<Outcome<DrawCheck>> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        var draw = await db.Draws.AsNoTracking().Include(d => d.Selections).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (draw is null)
        {
            return Failure.NotFound();
        }

        if (draw.Status != DrawStatus.Drawn)
        {
            return Failure.Conflict("OnlyAMadeDrawIsVerified", InspectionText.Get("Draw.NotYetMade"));
        }

        var selected = draw.Selections.OrderBy(s => s.Position)
            .Select(s => new DrawnFirm(s.Position, new DrawFirm(s.CreditCode, s.EnterpriseName, s.RegionCode, CreditClass.B),
                [new DrawInspector(s.FirstInspectorId.ToString(), "", "", ""), new DrawInspector(s.SecondInspectorId.ToString(), "", "", "")]))
            .ToList();
        var excluded = DrawExclusions.Read(draw.Exclusions).Select(e => e.ToExcludedFirm()).ToList();
        var result = new DrawResult(draw.Algorithm, draw.Seed, draw.PoolHash, draw.FirmsRequested, 0, selected, excluded);
        var verification = DoubleRandomDraw.Verify(draw.Seed, draw.PoolListing, result);
        return new DrawCheck(draw.Id, verification.Matches, [.. verification.Differences.Select(d => d.Message)]);
    }
}

internal static class VerifyDrawEndpoint
{
    public static async Task<Results<Ok<DrawCheck>, ProblemHttpResult>> HandleAsync(Guid id, VerifyDrawHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}

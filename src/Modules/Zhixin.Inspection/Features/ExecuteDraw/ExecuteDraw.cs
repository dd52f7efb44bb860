using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.Features.GetDraw;
using Zhixin.Inspection.Sampling;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Web;
using Zhixin.Register.Contracts;

namespace Zhixin.Inspection.Features.ExecuteDraw;

/// <summary>
/// Makes a published draw: the stored listing is read back (<see cref="DrawPool.Parse"/>), so the draw uses exactly
/// what was published and hashed, and run with the stored seed. The firms drawn, in order, with their two inspectors
/// become the draw's selections. A draw is made once, and only its row's latest publication is made.
/// </summary>
internal sealed class ExecuteDrawHandler(InspectionDbContext db, IEnterpriseDirectory directory, GetDrawHandler views, TimeProvider clock)
{
    public async Task<Outcome<DrawView>> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        var draw = await db.Draws.Include(d => d.Selections).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (draw is null)
        {
            return Failure.NotFound();
        }

        var organizer = await db.Plans.AsNoTracking().Where(p => p.Id == draw.PlanId).Select(p => p.OrganizerRegionCode).FirstAsync(cancellationToken);
        if (!InspectionAccess.Manages(db.Caller, organizer))
        {
            return Failure.Forbidden(InspectionText.Get("Access.NotYourRegion"));
        }

        switch (draw.Status)
        {
            case DrawStatus.Drawn:
                return Failure.Conflict("DrawIsMadeOnce", InspectionText.Format("Draw.MadeOnce", ChinaTime.Format(draw.DrawnAt!.Value)));
            case DrawStatus.Superseded:
                return Failure.Conflict("OnlyTheLatestPublicationIsDrawn", InspectionText.Get("Draw.Superseded"));
        }

        var pool = DrawPool.Parse(draw.PoolListing);
        var seed = DrawSeed.Parse(draw.Seed);
        if (!pool.IsValid || !seed.IsValid || pool.Value.Hash != draw.PoolHash)
        {
            return Failure.Conflict("DrawUsesThePublishedListing", InspectionText.Get("Draw.ListingAltered"));
        }

        var result = DoubleRandomDraw.Run(pool.Value, seed.Value);
        var names = await directory.FindAsync([.. result.Selected.Select(s => s.Firm.CreditCode)], cancellationToken);
        var inspectorIds = result.Selected.SelectMany(s => s.Inspectors).Select(i => Guid.Parse(i.Id)).Distinct().ToList();
        var inspectors = await db.Inspectors.AsNoTracking().Where(i => inspectorIds.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var drawn in result.Selected)
        {
            var pair = drawn.Inspectors.Select(i => Guid.Parse(i.Id)).ToList();
            draw.Selections.Add(new DrawSelection
            {
                Id = Guid.CreateVersion7(now),
                DrawId = draw.Id,
                Position = drawn.Rank,
                CreditCode = drawn.Firm.CreditCode,
                EnterpriseName = names.GetValueOrDefault(drawn.Firm.CreditCode)?.Name ?? drawn.Firm.CreditCode,
                RegionCode = drawn.Firm.Region,
                FirstInspectorId = pair[0],
                SecondInspectorId = pair[1],
                InspectorNames = string.Join('、', pair.Select(p => inspectors.GetValueOrDefault(p) ?? p.ToString())),
            });
        }

        draw.Status = DrawStatus.Drawn;
        draw.DrawnAt = now;
        draw.DrawnBy = db.Caller.Name;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two officials pressed the button at once: the unique (draw, position) index let only the first in.
            return Failure.Conflict("DrawIsMadeOnce", InspectionText.Get("Draw.MadeMeanwhile"));
        }

        return await views.HandleAsync(draw.Id, cancellationToken);
    }
}

internal static class ExecuteDrawEndpoint
{
    public static async Task<Results<Ok<DrawView>, ProblemHttpResult>> HandleAsync(Guid id, ExecuteDrawHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}

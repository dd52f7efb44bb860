using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Features.SetGradePublication;
using Zhixin.Credit.Lists;
using Zhixin.Credit.Pages.Credit;
using Zhixin.Inspection.Contracts;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Scoping;
using Zhixin.Platform.Web;
using Zhixin.Register.Contracts;

namespace Zhixin.Credit.Features.PublicLookup;

/// <summary>
/// What the public sees of a firm (信用公示): name, code, region; its red and black listings in force (decision,
/// authority, publication period); its published spot-check results; and its grade only where its region
/// publishes grades. Never the internal risk class, a proposal, a notice, or a listing that ended.
/// </summary>
internal sealed record PublicCreditView(
    string CreditCode,
    string Name,
    string RegionCode,
    string RegionName,
    DateOnly AsOf,
    bool GradePublished,
    string? Grade,
    string? GradeName,
    IReadOnlyList<PublicListingView> Listings,
    IReadOnlyList<PublishedSpotCheckResult> SpotChecks);

/// <summary>A listing in force as published: the list, the decision and who took it, the first and last day of publication.</summary>
internal sealed record PublicListingView(string Kind, string ListName, string? DecisionNumber, DateOnly? DecidedOn, string? Authority, DateOnly? ListedFrom, DateOnly? ListedUntil);

/// <summary>
/// Reads one firm's public view for anyone. The public has no region scope, so the view is read as the system in a
/// scope of its own, and only the public items leave it. No audit entry per read (the rate limiter guards against
/// enumeration); answers are cached by <see cref="PublicCreditCache"/>.
/// </summary>
internal sealed class GetPublicCreditHandler(IServiceProvider services, PublicCreditCache cache, TimeProvider clock)
{
    public const int SpotChecksShown = 20;

    public async Task<PublicCreditView?> HandleAsync(string creditCode, CancellationToken cancellationToken)
    {
        var parsed = CreditCode.ParseAllowingCheckOverride(creditCode?.Trim().ToUpperInvariant());
        if (!parsed.IsValid)
        {
            return null;
        }

        var code = parsed.Value.Value;
        var today = ChinaTime.Today(clock);
        if (cache.TryGet(code, today, out var cached))
        {
            return cached;
        }

        var generation = cache.Generation;
        var view = await BuildAsync(code, today, cancellationToken);
        cache.Set(code, today, generation, view);
        return view;
    }

    private async Task<PublicCreditView?> BuildAsync(string code, DateOnly today, CancellationToken cancellationToken)
    {
        await using var scope = SystemScope.Create(services, "credit:public");
        var provider = scope.ServiceProvider;
        var found = await provider.GetRequiredService<IEnterpriseDirectory>().FindAsync([code], cancellationToken);
        if (!found.TryGetValue(code, out var firm))
        {
            return null;
        }

        var db = provider.GetRequiredService<CreditDbContext>();
        // Stored as listed until someone ends it; expiry is read from the dates below.
        var listings = await db.Listings.AsNoTracking()
            .Where(l => l.EnterpriseCreditCode == code && l.Status == ListingStatus.Listed)
            .OrderByDescending(l => l.ListedFrom)
            .ToListAsync(cancellationToken);
        var published = await GradePublicationRegions.PublishedAsync(db, firm.RegionCode, cancellationToken);
        var grade = published
            ? await db.Assessments.AsNoTracking().Where(a => a.EnterpriseCreditCode == code && a.IsCurrent).Select(a => (CreditGrade?)a.Grade)
                .SingleOrDefaultAsync(cancellationToken)
            : null;
        var spotChecks = await provider.GetRequiredService<IPublishedSpotCheckResults>().ForEnterpriseAsync(code, SpotChecksShown, cancellationToken);
        return new PublicCreditView(
            firm.CreditCode, firm.Name, firm.RegionCode, CreditPageLabels.Region(firm.RegionCode), today, published,
            grade?.ToString(), grade is { } g ? CreditLabels.Grade(g) : null,
            [.. listings.Where(l => l.InForceOn(today)).Select(l => new PublicListingView(
                ListLabels.KindCode(l.Kind), ListLabels.Kind(l.Kind), l.DecisionNumber, l.DecidedOn, l.Authority, l.ListedFrom, l.ListedUntil))],
            spotChecks);
    }
}

internal static class GetPublicCreditEndpoint
{
    public static async Task<Results<Ok<PublicCreditView>, ProblemHttpResult>> HandleAsync(
        string code, GetPublicCreditHandler handler, CancellationToken cancellationToken) =>
        await handler.HandleAsync(code, cancellationToken) is { } view
            ? TypedResults.Ok(view)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: CreditText.Format("File.NotFound", code));
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Zhixin.Credit.Features.ShareCreditData;
using Zhixin.Platform.Audit;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Features.ManageSharingGrants;

/// <summary>
/// One audited use of a grant: when, who (the token's department or the department's official), what (lookup, bulk, feed,
/// joint-check, watch), the firm asked about, and whether data went out (which) or why not. <see cref="Status"/> is what the
/// department was answered for a single-firm request (200, 403 outside the grant, 404 unknown); a bulk line has none, its
/// answer was one item of a 200.
/// </summary>
internal sealed record GrantReadView(
    long Sequence, DateTimeOffset OccurredAt, string Who, string What, string? Measure, string? CreditCode, string? RegionCode,
    bool Allowed, string? Refused, int? Status, IReadOnlyList<string> Data, int? Changes);

/// <summary>The uses of a grant on one day (Beijing time): data given, requests refused.</summary>
internal sealed record GrantReadDay(DateOnly Day, int Read, int Refused);

internal sealed record ListGrantReadsResponse(
    SharingGrantView Grant, IReadOnlyList<GrantReadView> Items, long Total, int Page, int PageSize, IReadOnlyList<GrantReadDay> PerDay);

/// <summary>
/// The reads made with one grant, from the platform's audit log: every entry the sharing API wrote naming the grant (as the
/// token, or among the grants of a signed-in department official), newest first, filtered by outcome (read, refused), with
/// the count per day of the last <see cref="ChartDays"/> days. Only a grant the caller answers for (see
/// <see cref="ListSharingGrantsHandler"/>); another region's is not found.
/// </summary>
internal sealed class ListGrantReadsHandler(ListSharingGrantsHandler grants, IAuditTrail trail, TimeProvider clock)
{
    public const int MaxPageSize = 200;
    public const int ChartDays = 30;

    private static readonly string[] Entities = [SharedFileReader.AuditEntity, SharedFileReader.FeedAuditEntity];

    public async Task<Outcome<ListGrantReadsResponse>> HandleAsync(Guid id, string? outcome, int page, int pageSize, CancellationToken cancellationToken)
    {
        var grant = await grants.GetAsync(id, cancellationToken);
        if (!grant.IsSuccess)
        {
            return Failure.NotFound(grant.Message);
        }

        string[]? actions = outcome switch
        {
            null or "" => null,
            "read" => [SharedFileReader.ReadAction],
            "refused" => [SharedFileReader.DeniedAction],
            _ => [],
        };
        var errors = new FieldErrors();
        if (actions is [])
        {
            errors.Add("outcome", CreditText.Format("Sharing.UnknownReadOutcome", outcome!));
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", CreditText.Format("Sharing.PageSize", MaxPageSize));
        }

        if (!errors.IsEmpty)
        {
            return errors;
        }

        // Both the token's detail (token=ID) and a signed-in official's (grants=…,ID,…) name the grant by its id.
        var all = new AuditTrailQuery(Entities, id.ToString("D"));
        var entries = await trail.ListAsync(all with { Actions = actions }, Math.Max(page, 1), pageSize, cancellationToken);
        var today = ChinaTime.Today(clock);
        var from = today.AddDays(1 - ChartDays);
        var counts = await trail.CountByDayAsync(all, from, today, cancellationToken);
        var perDay = Enumerable.Range(0, ChartDays).Select(from.AddDays).Select(day => new GrantReadDay(
            day,
            counts.Where(c => c.Day == day && c.Action == SharedFileReader.ReadAction).Sum(c => c.Count),
            counts.Where(c => c.Day == day && c.Action == SharedFileReader.DeniedAction).Sum(c => c.Count))).ToList();
        return new ListGrantReadsResponse(grant.Value!, [.. entries.Items.Select(View)], entries.Total, entries.PageNumber, entries.PageSize, perDay);
    }

    private static GrantReadView View(Platform.Audit.ListAuditEntries.AuditEntryResponse entry)
    {
        var detail = SharedReadDetail.Parse(entry.Detail);
        var allowed = entry.Action == SharedFileReader.ReadAction;
        int? status = detail.What == "bulk" ? null
            : allowed ? StatusCodes.Status200OK
            : detail.Refused == SharingRefusals.Unknown ? StatusCodes.Status404NotFound
            : StatusCodes.Status403Forbidden;
        return new GrantReadView(
            entry.Sequence, entry.OccurredAt, entry.ActorName, detail.What, detail.Measure, entry.EntityId, entry.RegionCode,
            allowed, detail.Refused, status, detail.Data, detail.Changes);
    }
}

internal static class ListGrantReadsEndpoint
{
    public static async Task<Results<Ok<ListGrantReadsResponse>, ProblemHttpResult>> HandleAsync(
        Guid id, ListGrantReadsHandler handler, CancellationToken cancellationToken, string? outcome = null, int page = 1, int pageSize = 50)
    {
        var outcomeOf = await handler.HandleAsync(id, outcome, page, pageSize, cancellationToken);
        return outcomeOf.IsSuccess ? TypedResults.Ok(outcomeOf.Value!) : outcomeOf.ToProblem();
    }
}

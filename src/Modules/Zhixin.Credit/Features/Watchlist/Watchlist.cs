using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Features.ShareCreditData;
using Zhixin.Credit.Sharing;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Features.Watchlist;

internal sealed record WatchRequest(string? CreditCode);

internal sealed record WatchView(Guid Id, string CreditCode, string RegionCode, DateTimeOffset CreatedAt, string CreatedBy);

internal sealed record WatchlistResponse(IReadOnlyList<WatchView> Items);

internal sealed record WatchNotificationView(long Number, string CreditCode, string Kind, string Change, Guid SubjectId, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

internal sealed record WatchNotificationsResponse(IReadOnlyList<WatchNotificationView> Items, long NextCursor, int Unread);

internal sealed record MarkReadRequest(IReadOnlyList<long>? Numbers, long? UpTo);

/// <summary>
/// A department's watchlist (关注): firms it subscribes to by credit code, within its grants (403 and audited otherwise),
/// and the notifications stored when one of them changes (grade, listing, new or voided record). The token and the
/// department's officials share one list: it is the department's.
/// </summary>
internal sealed class WatchlistHandler(CreditDbContext db, SharedFileReader reader, TimeProvider clock)
{
    public const int MaxPageSize = 500;

    public async Task<Outcome<WatchView>> WatchAsync(WatchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var access = await SharingAccess.ForAsync(db, clock, cancellationToken);
        if (access is null)
        {
            return Failure.Forbidden(CreditText.Get("Sharing.NoGrant"));
        }

        var canonical = SharedFileReader.Canonical(request.CreditCode);
        if (canonical is null)
        {
            return new FieldErrors().Add("creditCode", CreditText.Format("File.NotFound", request.CreditCode ?? ""));
        }

        var firm = (await reader.FindAsync([canonical], cancellationToken)).GetValueOrDefault(canonical);
        if (firm is null)
        {
            return new FieldErrors().Add("creditCode", CreditText.Format("File.NotFound", canonical));
        }

        if (access.ScopesFor(firm.RegionCode).Count == 0)
        {
            await reader.AuditAsync(access, [SharedFileReader.Denied(access, "watch", firm.CreditCode, firm.RegionCode, SharingRefusals.OutOfScope)], cancellationToken);
            return Failure.Forbidden(CreditText.Format("Sharing.OutOfScope", firm.CreditCode));
        }

        var existing = await db.WatchSubscriptions.AsNoTracking()
            .SingleOrDefaultAsync(s => s.DepartmentCode == access.DepartmentCode && s.CreditCode == firm.CreditCode && s.RemovedAt == null, cancellationToken);
        if (existing is not null)
        {
            return View(existing);
        }

        var subscription = new WatchSubscription
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            DepartmentCode = access.DepartmentCode,
            CreditCode = firm.CreditCode,
            RegionCode = firm.RegionCode,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = db.Caller.Name,
        };
        db.WatchSubscriptions.Add(subscription);
        await db.SaveChangesAsync(cancellationToken);
        return View(subscription);
    }

    public async Task<Outcome<WatchlistResponse>> ListAsync(CancellationToken cancellationToken)
    {
        if (await SharingAccess.ForAsync(db, clock, cancellationToken) is not { } access)
        {
            return Failure.Forbidden(CreditText.Get("Sharing.NoGrant"));
        }

        var items = await db.WatchSubscriptions.AsNoTracking()
            .Where(s => s.DepartmentCode == access.DepartmentCode && s.RemovedAt == null)
            .OrderBy(s => s.CreditCode).ToListAsync(cancellationToken);
        return new WatchlistResponse([.. items.Select(View)]);
    }

    public async Task<Outcome<WatchView>> UnwatchAsync(string code, CancellationToken cancellationToken)
    {
        if (await SharingAccess.ForAsync(db, clock, cancellationToken) is not { } access)
        {
            return Failure.Forbidden(CreditText.Get("Sharing.NoGrant"));
        }

        var canonical = SharedFileReader.Canonical(code);
        var subscription = await db.WatchSubscriptions
            .SingleOrDefaultAsync(s => s.DepartmentCode == access.DepartmentCode && s.CreditCode == canonical && s.RemovedAt == null, cancellationToken);
        if (subscription is null)
        {
            return Failure.NotFound(CreditText.Format("Watch.NotWatched", code));
        }

        subscription.RemovedAt = clock.GetUtcNow();
        subscription.RemovedBy = db.Caller.Name;
        await db.SaveChangesAsync(cancellationToken);
        return View(subscription);
    }

    public async Task<Outcome<WatchNotificationsResponse>> NotificationsAsync(bool unreadOnly, long since, int pageSize, CancellationToken cancellationToken)
    {
        if (pageSize is < 1 or > MaxPageSize)
        {
            return new FieldErrors().Add("pageSize", CreditText.Format("Sharing.PageSize", MaxPageSize));
        }

        if (await SharingAccess.ForAsync(db, clock, cancellationToken) is not { } access)
        {
            return Failure.Forbidden(CreditText.Get("Sharing.NoGrant"));
        }

        var mine = db.WatchNotifications.AsNoTracking().Where(n => n.DepartmentCode == access.DepartmentCode);
        var query = mine.Where(n => n.Number > since);
        if (unreadOnly)
        {
            query = query.Where(n => n.ReadAt == null);
        }

        var items = await query.OrderBy(n => n.Number).Take(pageSize).ToListAsync(cancellationToken);
        var unread = await mine.CountAsync(n => n.ReadAt == null, cancellationToken);
        return new WatchNotificationsResponse(
            [.. items.Select(n => new WatchNotificationView(n.Number, n.CreditCode, n.Kind, n.Change, n.SubjectId, n.CreatedAt, n.ReadAt))],
            items.Count == 0 ? since : items[^1].Number, unread);
    }

    public async Task<Outcome<WatchNotificationsResponse>> MarkReadAsync(MarkReadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await SharingAccess.ForAsync(db, clock, cancellationToken) is not { } access)
        {
            return Failure.Forbidden(CreditText.Get("Sharing.NoGrant"));
        }

        if (request.Numbers is not { Count: > 0 } && request.UpTo is null)
        {
            return new FieldErrors().Add("numbers", CreditText.Get("Watch.MarkWhich"));
        }

        var numbers = request.Numbers ?? [];
        var upTo = request.UpTo ?? -1;
        var notifications = await db.WatchNotifications
            .Where(n => n.DepartmentCode == access.DepartmentCode && n.ReadAt == null && (numbers.Contains(n.Number) || n.Number <= upTo))
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var notification in notifications)
        {
            notification.ReadAt = now;
            notification.ReadBy = db.Caller.Name;
        }

        await db.SaveChangesAsync(cancellationToken);
        return await NotificationsAsync(unreadOnly: true, 0, MaxPageSize, cancellationToken);
    }

    private static WatchView View(WatchSubscription s) => new(s.Id, s.CreditCode, s.RegionCode, s.CreatedAt, s.CreatedBy);
}

internal static class WatchlistEndpoints
{
    public static async Task<Results<Ok<WatchView>, ProblemHttpResult>> WatchAsync(WatchRequest request, WatchlistHandler handler, CancellationToken cancellationToken) =>
        Result(await handler.WatchAsync(request, cancellationToken));

    public static async Task<Results<Ok<WatchlistResponse>, ProblemHttpResult>> ListAsync(WatchlistHandler handler, CancellationToken cancellationToken) =>
        Result(await handler.ListAsync(cancellationToken));

    public static async Task<Results<Ok<WatchView>, ProblemHttpResult>> UnwatchAsync(string code, WatchlistHandler handler, CancellationToken cancellationToken) =>
        Result(await handler.UnwatchAsync(code, cancellationToken));

    public static async Task<Results<Ok<WatchNotificationsResponse>, ProblemHttpResult>> NotificationsAsync(
        WatchlistHandler handler, CancellationToken cancellationToken, bool unread = false, long since = 0, int pageSize = 100) =>
        Result(await handler.NotificationsAsync(unread, since, pageSize, cancellationToken));

    public static async Task<Results<Ok<WatchNotificationsResponse>, ProblemHttpResult>> MarkReadAsync(
        MarkReadRequest request, WatchlistHandler handler, CancellationToken cancellationToken) =>
        Result(await handler.MarkReadAsync(request, cancellationToken));

    private static Results<Ok<T>, ProblemHttpResult> Result<T>(Outcome<T> outcome) =>
        outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
}

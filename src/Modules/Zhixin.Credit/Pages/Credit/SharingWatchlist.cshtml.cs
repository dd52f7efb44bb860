using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Credit.Features.Watchlist;
using Zhixin.Platform.Identity;
using Zhixin.Platform.Pages.Support;

namespace Zhixin.Credit.Pages.Credit;

/// <summary>The watch form: one firm by its credit code.</summary>
internal sealed class WatchInput
{
    public string? CreditCode { get; set; }
}

/// <summary>
/// 关注: the watchlist of the signed-in official's department and its notifications, through <see cref="WatchlistHandler"/>,
/// the handler the department's systems reach with their tokens, so a person and a system see one list. The department
/// official is the one who signs in here (decision 0015: its officials use the department's grants in force); a regulator
/// has no watchlist of its own and oversees a grant through its reads instead.
/// </summary>
[Authorize(Policy = Policies.CreditShareOfficial)]
internal sealed class CreditSharingWatchlistModel(WatchlistHandler watchlist) : PageModel
{
    public const int PageSize = 50;

    /// <summary>"all" shows read notifications too; by default only the unread, which are what needs attention.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    /// <summary>The notification number the page starts after (the handler's cursor).</summary>
    [BindProperty(SupportsGet = true)]
    public long Since { get; set; }

    [BindProperty]
    public WatchInput Watch { get; set; } = new();

    public bool ShowAll => Show == "all";

    public WatchlistResponse Watched { get; private set; } = new([]);

    public WatchNotificationsResponse Notifications { get; private set; } = new([], 0, 0);

    /// <summary>Why the department has no watchlist here (no grant in force); the page then shows only this.</summary>
    public string? Problem { get; private set; }

    /// <summary>The next page of notifications, when this one is full.</summary>
    public string? NextUrl => Notifications.Items.Count == PageSize ? ListUrl(Notifications.NextCursor) : null;

    public string ListUrl(long since) => CreditRoutes.SharingWatchlist + QueryString.Create(
        [.. new KeyValuePair<string, string?>[]
        {
            new("show", ShowAll ? "all" : null), new("since", since > 0 ? since.ToString(CultureInfo.InvariantCulture) : null),
        }.Where(f => f.Value is not null)]);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : StatusPage(StatusCodes.Status403Forbidden);

    public async Task<IActionResult> OnPostWatchAsync(CancellationToken cancellationToken)
    {
        var outcome = await watchlist.WatchAsync(new WatchRequest(Watch.CreditCode), cancellationToken);
        if (outcome.IsSuccess)
        {
            TempData["zhixin.notice"] = CreditText.Format("Page.Watch.Added", outcome.Value!.CreditCode);
            return Redirect(ListUrl(Since));
        }

        await LoadAsync(cancellationToken);
        return this.Failed(outcome, typeof(WatchInput), nameof(Watch));
    }

    public async Task<IActionResult> OnPostUnwatchAsync(string code, CancellationToken cancellationToken)
    {
        var outcome = await watchlist.UnwatchAsync(code, cancellationToken);
        if (outcome.IsSuccess)
        {
            TempData["zhixin.notice"] = CreditText.Format("Page.Watch.Unwatched", outcome.Value!.CreditCode);
            return Redirect(ListUrl(Since));
        }

        await LoadAsync(cancellationToken);
        return this.Failed(outcome, typeof(WatchInput), nameof(Watch));
    }

    /// <summary>Marks one notification read (<paramref name="number"/>), or every one up to <paramref name="upTo"/>.</summary>
    public async Task<IActionResult> OnPostReadAsync(long? number, long? upTo, CancellationToken cancellationToken)
    {
        var outcome = await watchlist.MarkReadAsync(new MarkReadRequest(number is { } n ? [n] : null, upTo), cancellationToken);
        if (outcome.IsSuccess)
        {
            return Redirect(ListUrl(Since));
        }

        await LoadAsync(cancellationToken);
        return this.Failed(outcome, typeof(WatchInput), nameof(Watch));
    }

    private PageResult StatusPage(int status)
    {
        Response.StatusCode = status;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var watched = await watchlist.ListAsync(cancellationToken);
        if (!watched.IsSuccess)
        {
            Problem = watched.Message;
            return false;
        }

        var notifications = await watchlist.NotificationsAsync(unreadOnly: !ShowAll, Math.Max(Since, 0), PageSize, cancellationToken);
        if (!notifications.IsSuccess)
        {
            Problem = notifications.Message ?? notifications.Errors.ToString();
            return false;
        }

        Watched = watched.Value!;
        Notifications = notifications.Value!;
        return true;
    }
}

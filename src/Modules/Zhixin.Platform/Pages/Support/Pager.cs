namespace Zhixin.Platform.Pages.Support;

/// <summary>
/// Previous and next links of a paged list. <see cref="PageUrl"/> is the full page (what the address bar
/// shows and what works without script); <see cref="FragmentUrl"/> the named handler htmx swaps into
/// <see cref="Target"/>.
/// </summary>
public sealed record Pager(int PageNumber, int PageCount, long Total, Func<int, string> PageUrl, Func<int, string> FragmentUrl, string Target)
{
    public bool HasPrevious => PageNumber > 1;

    public bool HasNext => PageNumber < PageCount;
}

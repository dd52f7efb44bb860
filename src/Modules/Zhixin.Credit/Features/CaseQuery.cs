using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Lists;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Data;
using Zhixin.Platform.Scoping;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Features;

/// <summary>
/// The filters of an objection or repair queue as the API takes them: a status, or <c>decided</c> for every outcome;
/// <c>overdue</c> for the open cases past their deadline on <paramref name="Today"/>.
/// </summary>
internal sealed record CaseFilter(string? Status, string? Target, string? Region, string? Q, Guid? ListingId, int? Page, int? PageSize, bool? Overdue, DateOnly Today);

/// <summary>One page of a queue, with the count of each status and of the overdue cases under the other filters (for the chart).</summary>
internal sealed record CaseQueue<T>(RowPage<T> Found, IReadOnlyDictionary<string, int> ByStatus, int Overdue);

/// <summary>One page of a list, with the number of rows of all pages.</summary>
internal sealed record RowPage<T>(int Total, int Page, int PageSize, IReadOnlyList<T> Rows);

/// <summary>
/// How a queue reads one table of cases: its status column and the status of a case still open, the instant a case
/// was filed (the newest come first), and the last day for its decision.
/// </summary>
internal sealed record CaseTable<T, TStatus>(
    Expression<Func<T, TStatus>> Status, TStatus Open, Expression<Func<T, DateTimeOffset>> FiledAt, Expression<Func<T, DateOnly>> DueOn)
    where T : class, ICreditCase
    where TStatus : struct, Enum
{
    public Expression<Func<T, bool>> Is(TStatus status) => Compare(Status, ExpressionType.Equal, status);

    public Expression<Func<T, bool>> IsDecided() => Compare(Status, ExpressionType.NotEqual, Open);

    /// <summary>Still open after its last day, as the views' <c>overdue</c> reads.</summary>
    public Expression<Func<T, bool>> IsOverdueOn(DateOnly today)
    {
        var open = Is(Open);
        var late = Compare(DueOn, ExpressionType.LessThan, today);
        var body = Expression.AndAlso(open.Body, new Rebind(late.Parameters[0], open.Parameters[0]).Visit(late.Body));
        return Expression.Lambda<Func<T, bool>>(body, open.Parameters);
    }

    private static Expression<Func<T, bool>> Compare<TValue>(Expression<Func<T, TValue>> column, ExpressionType comparison, TValue value) =>
        Expression.Lambda<Func<T, bool>>(Expression.MakeBinary(comparison, column.Body, Expression.Constant(value, typeof(TValue))), column.Parameters);

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}

/// <summary>
/// What the lists, the objection and the repair queues share: an enum by its camelCase name, the page, a region by
/// code or 2/4-digit prefix, the firm filters (region and credit-code prefix), newest-first paging, and the queue of
/// cases itself.
/// </summary>
internal static class CaseQuery
{
    public const int MaxPageSize = 200;

    /// <summary>What <c>status=decided</c> asks of a queue: every outcome.</summary>
    public const string Decided = "decided";

    public static T? Enum<T>(FieldErrors errors, string field, string? text) where T : struct, System.Enum
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = CaseLabels.Parse<T>(text);
        if (value is null)
        {
            errors.Add(field, CreditText.Format("Case.ValueUnknown", text.Trim()));
        }

        return value;
    }

    public static (int Page, int Size, RegionScope? Range) PageAndRegion(FieldErrors errors, int? page, int? pageSize, string? region)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var p = page ?? 1;
        var size = pageSize ?? 50;
        if (p < 1)
        {
            errors.Add("page", CreditText.Get("List.PageInvalid"));
        }

        if (size is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", CreditText.Format("List.PageSizeInvalid", MaxPageSize));
        }

        var regionText = region?.Trim() is { Length: 2 or 4 } prefixText && prefixText.All(char.IsAsciiDigit)
            ? prefixText.PadRight(6, '0')
            : region?.Trim();
        var code = string.IsNullOrEmpty(regionText) || regionText == "000000" ? null : errors.Check("region", RegionCode.Parse(regionText));
        return (p, size, code is { } c ? RegionScope.ForRegion(c) : null);
    }

    /// <summary>Rows of firms in <paramref name="range"/> (when given) whose credit code (ASCII, any case) or name starts with <paramref name="codeOrName"/> (when given).</summary>
    public static IQueryable<T> OfFirms<T>(this IQueryable<T> query, RegionScope? range, string? codeOrName) where T : class, IFirmRow
    {
        if (range is { } area)
        {
            query = query.WhereBetween(r => r.RegionCode, area.RegionFrom, area.RegionTo);
        }

        if (codeOrName?.Trim() is not { Length: > 0 } prefix)
        {
            return query;
        }

        // A credit code is ASCII; anything else is the start of the firm's name as it was filed.
        return prefix.All(char.IsAscii)
            ? query.WhereStartsWith(r => r.EnterpriseCreditCode, prefix.ToUpperInvariant())
            : query.WhereStartsWith(r => r.EnterpriseName, prefix);
    }

    /// <summary>One page, newest first (ties in id order, so pages never overlap), and how many rows all pages hold.</summary>
    public static async Task<RowPage<T>> PageAsync<T>(
        this IQueryable<T> query, Expression<Func<T, DateTimeOffset>> newestFirst, int page, int size, CancellationToken cancellationToken) where T : class, IFirmRow
    {
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(newestFirst).ThenBy(r => r.Id).Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new RowPage<T>(total, page, size, rows);
    }

    /// <summary>A queue of objections or repair applications in the caller's scope, filtered as <paramref name="filter"/> asks.</summary>
    public static async Task<Outcome<CaseQueue<T>>> ListAsync<T, TStatus>(
        IQueryable<T> cases, CaseTable<T, TStatus> table, CaseFilter filter, CancellationToken cancellationToken)
        where T : class, ICreditCase
        where TStatus : struct, System.Enum
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(filter);
        var errors = new FieldErrors();
        var decided = string.Equals(filter.Status?.Trim(), Decided, StringComparison.OrdinalIgnoreCase);
        var status = decided ? null : Enum<TStatus>(errors, "status", filter.Status);
        var target = Enum<CreditTarget>(errors, "target", filter.Target);
        var (page, size, range) = PageAndRegion(errors, filter.Page, filter.PageSize, filter.Region);
        if (!errors.IsEmpty)
        {
            return errors;
        }

        var query = cases.OfFirms(range, filter.Q);
        query = target is { } t ? query.Where(c => c.Target == t) : query;
        query = filter.ListingId is { } listingId ? query.Where(c => c.ListingId == listingId) : query;
        var overdue = table.IsOverdueOn(filter.Today);
        var byStatus = await query.GroupBy(table.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var overdueCount = await query.CountAsync(overdue, cancellationToken);
        query = status is { } s ? query.Where(table.Is(s)) : decided ? query.Where(table.IsDecided()) : query;
        query = filter.Overdue == true ? query.Where(overdue) : query;
        var found = await query.PageAsync(table.FiledAt, page, size, cancellationToken);
        return new CaseQueue<T>(found, byStatus.ToDictionary(g => CaseLabels.Code(g.Key), g => g.Count), overdueCount);
    }

    /// <summary>One case by its id in the caller's scope, untracked; null when there is none.</summary>
    public static Task<T?> FindAsync<T>(IQueryable<T> cases, Guid id, CancellationToken cancellationToken) where T : class, ICreditCase =>
        cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
}

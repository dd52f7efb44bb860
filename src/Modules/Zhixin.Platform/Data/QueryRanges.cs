using System.Linq.Expressions;
using System.Reflection;

namespace Zhixin.Platform.Data;

/// <summary>
/// Prefix and range filters on text columns written as comparisons, which both engines answer from an
/// index (a LIKE with a bound parameter does not use one on SQLite). Both engines compare these columns
/// byte-wise: SQLite by default, PostgreSQL through the "C" collation the columns are given.
/// </summary>
public static class QueryRanges
{
    private static readonly MethodInfo Compare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    /// <summary>Rows whose column lies between <paramref name="from"/> and <paramref name="toInclusive"/>.</summary>
    public static IQueryable<T> WhereBetween<T>(this IQueryable<T> query, Expression<Func<T, string?>> column, string from, string toInclusive) =>
        query.Where(Build(column, from, ExpressionType.GreaterThanOrEqual, toInclusive, ExpressionType.LessThanOrEqual));

    /// <summary>Rows whose column starts with <paramref name="prefix"/>.</summary>
    public static IQueryable<T> WhereStartsWith<T>(this IQueryable<T> query, Expression<Func<T, string?>> column, string prefix) =>
        query.Where(StartsWith(column, prefix));

    /// <summary>The escape character of <see cref="ContainsPattern"/>.</summary>
    public const string LikeEscape = "\\";

    /// <summary>A LIKE pattern for text anywhere in a column, with the user's % and _ taken literally.</summary>
    public static string ContainsPattern(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
    }

    public static Expression<Func<T, bool>> StartsWith<T>(Expression<Func<T, string?>> column, string prefix) =>
        Build(column, prefix, ExpressionType.GreaterThanOrEqual, prefix + '\uffff', ExpressionType.LessThan);

    private static Expression<Func<T, bool>> Build<T>(
        Expression<Func<T, string?>> column, string low, ExpressionType lowOperator, string high, ExpressionType highOperator)
    {
        ArgumentNullException.ThrowIfNull(column);
        var zero = Expression.Constant(0);
        // Values go through closures so EF Core sends them as parameters and reuses one plan.
        var lowValue = Parameterize(low);
        var highValue = Parameterize(high);
        var lower = Expression.MakeBinary(lowOperator, Expression.Call(Compare, column.Body, lowValue), zero);
        var upper = Expression.MakeBinary(highOperator, Expression.Call(Compare, column.Body, highValue), zero);
        return Expression.Lambda<Func<T, bool>>(Expression.AndAlso(lower, upper), column.Parameters);
    }

    private static MemberExpression Parameterize(string value)
    {
        var holder = new ValueHolder(value);
        return Expression.Field(Expression.Constant(holder), nameof(ValueHolder.Value));
    }

    private sealed class ValueHolder(string value)
    {
        public readonly string Value = value;
    }
}

using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Zhixin.Inspection.Domain;

namespace Zhixin.Inspection.Features.GetPassRates;

/// <summary>
/// The counts of one cell: batches tested and failed, enterprises sampled and enterprises with a failing batch (0 when
/// only batches were counted), and the greatest product name among its batches when asked for.
/// </summary>
internal sealed record CellCounts(string First, string Second, int Tested, int Failed, int Firms, int FirmsFailed, string? Name = null);

/// <summary>
/// Counts tested batches per cell in the database, in one grouped query: COUNT for batches, COUNT with a CASE
/// for failures, COUNT(DISTINCT) for enterprises and COUNT(DISTINCT CASE …) for enterprises with a failing
/// batch. Both SQLite and PostgreSQL run it; no batch row leaves the database.
/// </summary>
internal static class PassRateCounts
{
    private static readonly PropertyInfo FirstKey = typeof(KeyedBatch).GetProperty(nameof(KeyedBatch.First))!;
    private static readonly PropertyInfo SecondKey = typeof(KeyedBatch).GetProperty(nameof(KeyedBatch.Second))!;

    /// <summary>The grouped query, one row per cell; a single dimension leaves the second key empty.</summary>
    public static IQueryable<CellCounts> Grouped(
        IQueryable<SampleBatch> tested, Expression<Func<SampleBatch, string>> first, Expression<Func<SampleBatch, string>>? second) =>
        Cells(tested, first, second).Select(g => new CellCounts(
            g.Key.First,
            g.Key.Second,
            g.Count(),
            g.Count(b => b.Failed),
            g.Select(b => b.Firm).Distinct().Count(),
            g.Where(b => b.Failed).Select(b => b.Firm).Distinct().Count(),
            null));

    /// <summary>
    /// <see cref="Grouped"/> with each cell's greatest product name, so that a table grouped by product gets its names
    /// from the same scan instead of a second pass over the period's batches.
    /// </summary>
    public static IQueryable<CellCounts> GroupedWithNames(
        IQueryable<SampleBatch> tested, Expression<Func<SampleBatch, string>> first, Expression<Func<SampleBatch, string>>? second) =>
        Cells(tested, first, second).Select(g => new CellCounts(
            g.Key.First,
            g.Key.Second,
            g.Count(),
            g.Count(b => b.Failed),
            g.Select(b => b.Firm).Distinct().Count(),
            g.Where(b => b.Failed).Select(b => b.Firm).Distinct().Count(),
            g.Max(b => b.Name)));

    /// <summary>
    /// Batches tested and failed per cell, without the enterprises: the year-earlier comparison uses only the batch
    /// rate, and leaving out COUNT(DISTINCT) spares the sort of every cell's credit codes.
    /// </summary>
    public static IQueryable<CellCounts> BatchesOnly(
        IQueryable<SampleBatch> tested, Expression<Func<SampleBatch, string>> first, Expression<Func<SampleBatch, string>>? second) =>
        Cells(tested, first, second).Select(g => new CellCounts(g.Key.First, g.Key.Second, g.Count(), g.Count(b => b.Failed), 0, 0, null));

    private static IQueryable<IGrouping<KeyedCell, KeyedBatch>> Cells(
        IQueryable<SampleBatch> tested, Expression<Func<SampleBatch, string>> first, Expression<Func<SampleBatch, string>>? second)
    {
        ArgumentNullException.ThrowIfNull(tested);
        ArgumentNullException.ThrowIfNull(first);
        return tested.Select(Keyed(first, second)).GroupBy(b => new KeyedCell { First = b.First, Second = b.Second });
    }

    /// <summary>The same counts over all of <paramref name="tested"/>: the totals row, whose enterprises are counted once across cells.</summary>
    public static IQueryable<CellCounts> Total(IQueryable<SampleBatch> tested) => Grouped(tested, b => "", null);

    public static async Task<CellCounts> TotalAsync(IQueryable<SampleBatch> tested, CancellationToken cancellationToken) =>
        await Total(tested).SingleOrDefaultAsync(cancellationToken) ?? new CellCounts("", "", 0, 0, 0, 0);

    /// <summary>b => new KeyedBatch { First = first(b), Second = second(b) or "", Failed = b.Verdict == Fail, Firm = b.EnterpriseCreditCode, Name = b.ProductName }.</summary>
    private static Expression<Func<SampleBatch, KeyedBatch>> Keyed(
        Expression<Func<SampleBatch, string>> first, Expression<Func<SampleBatch, string>>? second)
    {
        Expression<Func<SampleBatch, KeyedBatch>> template = b => new KeyedBatch
        {
            First = "",
            Second = "",
            Failed = b.Verdict == Verdict.Fail,
            Firm = b.EnterpriseCreditCode,
            Name = b.ProductName,
        };
        var batch = template.Parameters[0];
        var init = (MemberInitExpression)template.Body;
        var bindings = init.Bindings.Cast<MemberAssignment>().Select(binding =>
            binding.Member == FirstKey ? Expression.Bind(FirstKey, Rebind(first, batch))
            : binding.Member == SecondKey && second is not null ? Expression.Bind(SecondKey, Rebind(second, batch))
            : binding);
        return Expression.Lambda<Func<SampleBatch, KeyedBatch>>(Expression.MemberInit(init.NewExpression, bindings), batch);
    }

    private static Expression Rebind(Expression<Func<SampleBatch, string>> key, ParameterExpression batch) =>
        new ParameterSwap(key.Parameters[0], batch).Visit(key.Body);

    internal sealed class KeyedCell
    {
        public required string First { get; init; }

        public required string Second { get; init; }
    }

    internal sealed class KeyedBatch
    {
        public required string First { get; init; }

        public required string Second { get; init; }

        public bool Failed { get; init; }

        public required string Firm { get; init; }

        public required string Name { get; init; }
    }

    private sealed class ParameterSwap(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}

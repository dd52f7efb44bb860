using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;

namespace Zhixin.Inspection.Features.PassRateSummary;

/// <summary>What a refresh did to one year's pre-aggregate.</summary>
internal sealed record SummaryRefresh(int Year, int TestedBatches, bool Built, long Milliseconds);

/// <summary>
/// Counts a year's pre-aggregate (预汇总) from its batches: for the whole country, every province, every city and
/// every county code, one row per product and one for all products, each with distinct enterprises. The year's
/// change count is read first and the rows are replaced in one transaction, so a save that commits while the
/// counting runs leaves the result marked as out of date rather than served.
/// </summary>
internal sealed class PassRateSummaryBuilder(InspectionDbContext db, TimeProvider clock)
{
    /// <summary>Below this many tested batches in a year the live queries answer within a few hundred milliseconds on either engine.</summary>
    public const int DefaultMinimumBatches = 100_000;

    /// <summary>The group key of each level, as the live table groups regions (PassRateDimensions.Key).</summary>
    private static readonly (SummaryLevel Level, string Key, string GroupBy)[] Levels =
    [
        (SummaryLevel.Nation, "'000000'", ""),
        (SummaryLevel.Province, "substr(region_code, 1, 2) || '0000'", ", substr(region_code, 1, 2) || '0000'"),
        (SummaryLevel.City, "substr(region_code, 1, 4) || '00'", ", substr(region_code, 1, 4) || '00'"),
        (SummaryLevel.County, "region_code", ", region_code"),
    ];

    /// <summary>
    /// Brings every year whose batches changed since its last count up to date: years with at least
    /// <paramref name="minimumBatches"/> tested batches are counted again, smaller ones lose their pre-aggregate
    /// (the live queries serve them) and are not looked at again until their batches change.
    /// </summary>
    public async Task<IReadOnlyList<SummaryRefresh>> RefreshAsync(int minimumBatches, CancellationToken cancellationToken)
    {
        var stale = await db.SummaryYears.AsNoTracking()
            .Where(y => y.BuiltFrom != y.Changes && y.CheckedFrom != y.Changes)
            .OrderBy(y => y.SampleYear)
            .Select(y => y.SampleYear)
            .ToListAsync(cancellationToken);
        var refreshed = new List<SummaryRefresh>();
        foreach (var year in stale)
        {
            var tested = await db.Batches.IgnoreQueryFilters()
                .CountAsync(b => b.SampleYear == year && b.Verdict != null && b.VoidedAt == null, cancellationToken);
            refreshed.Add(tested >= minimumBatches ? await BuildAsync(year, cancellationToken) : await DropAsync(year, tested, cancellationToken));
        }

        return refreshed;
    }

    /// <summary>Counts the year's pre-aggregate now, whatever its size.</summary>
    public async Task<SummaryRefresh> BuildAsync(int year, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var book = await BookAsync(year, cancellationToken);
        var changes = book.Changes;
        await db.SummaryCells.IgnoreQueryFilters().Where(c => c.SampleYear == year).ExecuteDeleteAsync(cancellationToken);
        foreach (var level in Levels)
        {
            foreach (var byProduct in new[] { true, false })
            {
                await db.Database.ExecuteSqlRawAsync(InsertSql(level, byProduct), [year, (int)Verdict.Fail], cancellationToken);
            }
        }

        var tested = await db.SummaryCells.IgnoreQueryFilters()
            .Where(c => c.SampleYear == year && c.RegionLevel == SummaryLevel.Nation && c.ProductCode == "")
            .Select(c => c.Tested)
            .SingleOrDefaultAsync(cancellationToken);
        book.BuiltFrom = changes;
        book.BuiltAt = clock.GetUtcNow();
        book.BuildMilliseconds = watch.ElapsedMilliseconds;
        book.CheckedFrom = null;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SummaryRefresh(year, tested, Built: true, watch.ElapsedMilliseconds);
    }

    private async Task<SummaryRefresh> DropAsync(int year, int tested, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var book = await BookAsync(year, cancellationToken);
        await db.SummaryCells.IgnoreQueryFilters().Where(c => c.SampleYear == year).ExecuteDeleteAsync(cancellationToken);
        book.CheckedFrom = book.Changes;
        book.BuiltFrom = null;
        book.BuiltAt = null;
        book.BuildMilliseconds = null;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SummaryRefresh(year, tested, Built: false, watch.ElapsedMilliseconds);
    }

    /// <summary>The year's books, tracked; a year never saved through the model (bulk-loaded before it had books) gets them now.</summary>
    private async Task<PassRateSummaryYear> BookAsync(int year, CancellationToken cancellationToken)
    {
        var book = await db.SummaryYears.SingleOrDefaultAsync(y => y.SampleYear == year, cancellationToken);
        if (book is null)
        {
            book = new PassRateSummaryYear { SampleYear = year, Changes = 0 };
            db.SummaryYears.Add(book);
        }

        return book;
    }

    private string InsertSql((SummaryLevel Level, string Key, string GroupBy) level, bool byProduct) => $$"""
        INSERT INTO {{SummaryTables.Cells(db)}}
            (sample_year, region_level, region_code, product_code, product_name, tested, failed, firms, firms_failed)
        SELECT sample_year, {{(int)level.Level}}, {{level.Key}}, {{(byProduct ? "product_code" : "''")}}, {{(byProduct ? "max(product_name)" : "NULL")}},
               count(*), count(*) FILTER (WHERE verdict = {1}),
               count(DISTINCT enterprise_credit_code), count(DISTINCT enterprise_credit_code) FILTER (WHERE verdict = {1})
        FROM {{SummaryTables.Batches(db)}}
        WHERE sample_year = {0} AND verdict IS NOT NULL AND voided_at IS NULL
        GROUP BY sample_year{{level.GroupBy}}{{(byProduct ? ", product_code" : "")}}
        """;
}

using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.Features.PassRateSummary;
using Zhixin.Platform.Data;

namespace Zhixin.Inspection.Features.GenerateBatches;

internal sealed record GenerateBatchesRequest(long Count, int Seed);

/// <summary>
/// Fills the database with generated batches (bulk insert in one transaction: COPY on PostgreSQL) under a generated
/// plan and catalogue edition of their own, so the statistics can be measured at scale on either engine.
/// </summary>
internal sealed class GenerateBatchesHandler(InspectionDbContext db, TimeProvider clock)
{
    public async Task<long> HandleAsync(GenerateBatchesRequest request, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = clock.GetUtcNow();
        var tag = $"gen-{request.Seed}-{now.ToUnixTimeSeconds()}";
        var edition = new CatalogueEdition
        {
            Id = Guid.CreateVersion7(now),
            Code = tag,
            Name = $"合成目录（generate --batches {request.Count} --seed {request.Seed}）",
            IssuerRegionCode = "000000",
            EffectiveFrom = new DateOnly(BatchGenerator.FirstYear, 1, 1),
            Source = "合成数据，仅用于性能测试",
            CreatedAt = now,
            CreatedBy = db.Caller.Name,
        };
        for (var p = 0; p < BatchGenerator.Products; p++)
        {
            edition.Products.Add(new CatalogueProduct
            {
                Id = Guid.CreateVersion7(now),
                EditionId = edition.Id,
                CategoryCode = $"{p / 4 + 1:D2}",
                CategoryName = $"合成类别{p / 4 + 1:D2}",
                Code = BatchGenerator.ProductCode(p),
                Name = $"合成产品{p + 1:D2}",
                RiskLevel = (RiskLevel)(1 + (p % 3)),
                IndustryCodes = "C",
            });
        }

        var plan = new SpotCheckPlan
        {
            Id = Guid.CreateVersion7(now),
            Code = tag.ToUpperInvariant(),
            Title = edition.Name,
            Kind = SpotCheckPlanKind.Special,
            Year = BatchGenerator.FirstYear,
            OrganizerRegionCode = "000000",
            EditionId = edition.Id,
            StartsOn = new DateOnly(BatchGenerator.FirstYear, 1, 1),
            EndsOn = new DateOnly(BatchGenerator.FirstYear + BatchGenerator.Years - 1, 12, 31),
            BudgetBatches = (int)Math.Min(request.Count, CreateSpotCheckPlan.CreateSpotCheckPlanHandler.MaxBudgetBatches),
            CreatedAt = now,
            CreatedBy = db.Caller.Name,
            UpdatedAt = now,
            UpdatedBy = db.Caller.Name,
            Revision = 1,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Editions.Add(edition);
        db.Plans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        var inserted = await BulkInsert.InsertAsync(db, Counted(BatchGenerator.Generate(request.Count, request.Seed, plan.Id, now), progress), cancellationToken);
        // The bulk copy bypasses SaveChanges, so the years it fills are counted as changed here, in its transaction.
        await SummaryChanges.CountAsync(db, Enumerable.Range(BatchGenerator.FirstYear, BatchGenerator.Years), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return inserted;
    }

    private static IEnumerable<SampleBatch> Counted(IEnumerable<SampleBatch> rows, IProgress<long>? progress)
    {
        long count = 0;
        foreach (var row in rows)
        {
            yield return row;
            if (++count % 10_000 == 0)
            {
                progress?.Report(count);
            }
        }

        progress?.Report(count);
    }
}

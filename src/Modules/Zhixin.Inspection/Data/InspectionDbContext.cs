using Microsoft.EntityFrameworkCore;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.Features.PassRateSummary;
using Zhixin.Platform.Data;
using Zhixin.Platform.Events;
using Zhixin.Platform.Scoping;

namespace Zhixin.Inspection.Data;

internal sealed class InspectionDbContext(DbContextOptions<InspectionDbContext> options, ICallerContext caller)
    : ScopedDbContext(options, caller)
{
    public const string SchemaName = "inspection";

    protected override string Schema => SchemaName;

    public DbSet<CatalogueEdition> Editions => Set<CatalogueEdition>();

    public DbSet<CatalogueProduct> CatalogueProducts => Set<CatalogueProduct>();

    public DbSet<SpotCheckPlan> Plans => Set<SpotCheckPlan>();

    public DbSet<PlanAllocation> Allocations => Set<PlanAllocation>();

    public DbSet<Inspector> Inspectors => Set<Inspector>();

    public DbSet<RandomDraw> Draws => Set<RandomDraw>();

    public DbSet<DrawSelection> DrawSelections => Set<DrawSelection>();

    public DbSet<SampleBatch> Batches => Set<SampleBatch>();

    public DbSet<TestItemResult> TestItems => Set<TestItemResult>();

    public DbSet<FollowUpStepRecord> FollowUpSteps => Set<FollowUpStepRecord>();

    public DbSet<NetContentCheck> NetContentChecks => Set<NetContentCheck>();

    public DbSet<PassRateSummaryCell> SummaryCells => Set<PassRateSummaryCell>();

    public DbSet<PassRateSummaryYear> SummaryYears => Set<PassRateSummaryYear>();

    /// <summary>Saves, counting the change in the pre-aggregate's books of every sampling year whose batches it touches, in the same transaction.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var years = SummaryChanges.YearsChanged(ChangeTracker);
        if (years.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        if (Database.CurrentTransaction is not null)
        {
            await SummaryChanges.CountAsync(this, years, cancellationToken);
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        await SummaryChanges.CountAsync(this, years, cancellationToken);
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return saved;
    }

    /// <inheritdoc cref="SaveChangesAsync(bool, CancellationToken)"/>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var years = SummaryChanges.YearsChanged(ChangeTracker);
        if (years.Count == 0)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        if (Database.CurrentTransaction is not null)
        {
            SummaryChanges.Count(this, years);
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        using var transaction = Database.BeginTransaction();
        SummaryChanges.Count(this, years);
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        transaction.Commit();
        return saved;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.MapOutbox(SchemaName);
        base.OnModelCreating(modelBuilder);

        // Ids are made by the domain (version-7 GUIDs), so a child added to a loaded parent's collection is new, not an existing row.
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (entity.FindPrimaryKey()?.Properties is [{ ClrType: var type } key] && type == typeof(Guid))
            {
                key.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
            }
        }
    }
}

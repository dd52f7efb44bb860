using Microsoft.EntityFrameworkCore;
using Zhixin.Inspection.Domain;
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

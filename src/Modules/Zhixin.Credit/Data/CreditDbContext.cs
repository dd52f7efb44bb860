using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Domain;
using Zhixin.Platform.Data;
using Zhixin.Platform.Scoping;

namespace Zhixin.Credit.Data;

internal sealed class CreditDbContext(DbContextOptions<CreditDbContext> options, ICallerContext caller, TimeProvider clock)
    : ScopedDbContext(options, caller)
{
    public TimeProvider Clock => clock;

    public const string SchemaName = "credit";

    protected override string Schema => SchemaName;

    public DbSet<CreditRecord> Records => Set<CreditRecord>();

    public DbSet<ScoringRuleSet> RuleSets => Set<ScoringRuleSet>();

    public DbSet<CreditAssessment> Assessments => Set<CreditAssessment>();

    public DbSet<InspectionRatio> InspectionRatios => Set<InspectionRatio>();

    public DbSet<CreditListing> Listings => Set<CreditListing>();

    public DbSet<CreditObjection> Objections => Set<CreditObjection>();

    public DbSet<CreditRepair> Repairs => Set<CreditRepair>();

    public DbSet<IssuedCreditReport> IssuedReports => Set<IssuedCreditReport>();

    public DbSet<GradePublication> GradePublications => Set<GradePublication>();

    public DbSet<SharingGrant> SharingGrants => Set<SharingGrant>();

    public DbSet<CreditChange> Changes => Set<CreditChange>();

    public DbSet<WatchSubscription> WatchSubscriptions => Set<WatchSubscription>();

    public DbSet<WatchNotification> WatchNotifications => Set<WatchNotification>();

    /// <summary>
    /// Every change to a grade, a record or a listing is written to the change log (and to the watching departments'
    /// notifications) in the same SaveChanges, so in the same transaction: a change and its feed entry exist together.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await Sharing.CreditChangeCapture.CaptureAsync(this, cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>The change log needs a query (who watches the firm), so only the asynchronous path writes.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("The credit module saves asynchronously, so every change reaches the change log.");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        base.OnModelCreating(modelBuilder);
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (entity.FindPrimaryKey()?.Properties is [{ ClrType: var type } key] && type == typeof(Guid))
            {
                key.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
            }
        }
    }
}

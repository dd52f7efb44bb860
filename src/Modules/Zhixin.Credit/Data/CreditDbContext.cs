using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Domain;
using Zhixin.Platform.Data;
using Zhixin.Platform.Scoping;

namespace Zhixin.Credit.Data;

internal sealed class CreditDbContext(DbContextOptions<CreditDbContext> options, ICallerContext caller)
    : ScopedDbContext(options, caller)
{
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

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhixin.Credit.Domain;

namespace Zhixin.Credit.Data.Configurations;

internal sealed class CreditRecordConfiguration : IEntityTypeConfiguration<CreditRecord>
{
    public void Configure(EntityTypeBuilder<CreditRecord> builder)
    {
        builder.ToTable("credit_records");
        builder.Property(r => r.EnterpriseCreditCode).HasMaxLength(18);
        builder.Property(r => r.EnterpriseName).HasMaxLength(200);
        builder.Property(r => r.RegionCode).HasMaxLength(6);
        builder.Property(r => r.Title).HasMaxLength(300);
        builder.Property(r => r.Detail).HasMaxLength(2000);
        builder.Property(r => r.DocumentNumber).HasMaxLength(100);
        builder.Property(r => r.Authority).HasMaxLength(100);
        builder.Property(r => r.SourceModule).HasMaxLength(30);
        builder.Property(r => r.SourceReference).HasMaxLength(100);
        builder.Property(r => r.SourceDepartmentCode).HasMaxLength(20);
        builder.Property(r => r.SourceLink).HasMaxLength(300);
        builder.Property(r => r.CreatedBy).HasMaxLength(100);
        builder.Property(r => r.VoidedBy).HasMaxLength(100);
        builder.Property(r => r.VoidReason).HasMaxLength(500);
        builder.Property(r => r.RepairedBy).HasMaxLength(100);
        // A record arrives once from each source, however often its event is delivered.
        builder.HasIndex(r => new { r.SourceModule, r.SourceReference }).IsUnique();
        builder.HasIndex(r => new { r.EnterpriseCreditCode, r.OccurredOn });
        builder.HasIndex(r => new { r.RegionCode, r.OccurredOn });
    }
}

internal sealed class ScoringRuleSetConfiguration : IEntityTypeConfiguration<ScoringRuleSet>
{
    public void Configure(EntityTypeBuilder<ScoringRuleSet> builder)
    {
        builder.ToTable("scoring_rule_sets");
        builder.HasKey(r => r.Version);
        builder.Property(r => r.Version).ValueGeneratedNever();
        builder.Property(r => r.Name).HasMaxLength(200);
        builder.Property(r => r.CreatedBy).HasMaxLength(100);
        builder.Property(r => r.PublishedBy).HasMaxLength(100);
    }
}

internal sealed class CreditAssessmentConfiguration : IEntityTypeConfiguration<CreditAssessment>
{
    public void Configure(EntityTypeBuilder<CreditAssessment> builder)
    {
        builder.ToTable("credit_assessments");
        builder.Property(a => a.EnterpriseCreditCode).HasMaxLength(18);
        builder.Property(a => a.RegionCode).HasMaxLength(6);
        builder.Property(a => a.Score).HasPrecision(7, 2);
        builder.Property(a => a.GradeCappedBy).HasMaxLength(20);
        builder.Property(a => a.Trigger).HasMaxLength(20);
        builder.Property(a => a.AssessedBy).HasMaxLength(100);
        builder.HasIndex(a => new { a.EnterpriseCreditCode, a.AssessedAt });
        // The current assessment of each firm, and the lists of firms by grade or class in a region.
        builder.HasIndex(a => a.EnterpriseCreditCode).IsUnique().HasFilter("is_current");
        builder.HasIndex(a => new { a.RegionCode, a.Grade }).HasFilter("is_current");
    }
}

internal sealed class InspectionRatioConfiguration : IEntityTypeConfiguration<InspectionRatio>
{
    public void Configure(EntityTypeBuilder<InspectionRatio> builder)
    {
        builder.ToTable("inspection_ratios");
        builder.HasKey(r => r.RegionCode);
        builder.Property(r => r.RegionCode).HasMaxLength(6);
        builder.Property(r => r.A).HasPrecision(5, 2);
        builder.Property(r => r.B).HasPrecision(5, 2);
        builder.Property(r => r.C).HasPrecision(5, 2);
        builder.Property(r => r.D).HasPrecision(5, 2);
        builder.Property(r => r.UpdatedBy).HasMaxLength(100);
    }
}

internal sealed class CreditListingConfiguration : IEntityTypeConfiguration<CreditListing>
{
    public void Configure(EntityTypeBuilder<CreditListing> builder)
    {
        builder.ToTable("credit_listings");
        builder.Property(l => l.EnterpriseCreditCode).HasMaxLength(18);
        builder.Property(l => l.EnterpriseName).HasMaxLength(200);
        builder.Property(l => l.RegionCode).HasMaxLength(6);
        builder.Property(l => l.Grounds).HasMaxLength(2000);
        builder.Property(l => l.LegalBasis).HasMaxLength(500);
        builder.Property(l => l.ProposedBy).HasMaxLength(100);
        builder.Property(l => l.NoticeNumber).HasMaxLength(100);
        builder.Property(l => l.NoticeReasons).HasMaxLength(2000);
        builder.Property(l => l.NoticeRights).HasMaxLength(1000);
        builder.Property(l => l.NoticedBy).HasMaxLength(100);
        builder.Property(l => l.DecisionNumber).HasMaxLength(100);
        builder.Property(l => l.Authority).HasMaxLength(100);
        builder.Property(l => l.ListedBy).HasMaxLength(100);
        builder.Property(l => l.EndReason).HasMaxLength(1000);
        builder.Property(l => l.EndedBy).HasMaxLength(100);
        builder.HasIndex(l => new { l.EnterpriseCreditCode, l.Status });
        builder.HasIndex(l => new { l.RegionCode, l.Kind, l.Status });
    }
}

internal sealed class CreditObjectionConfiguration : IEntityTypeConfiguration<CreditObjection>
{
    public void Configure(EntityTypeBuilder<CreditObjection> builder)
    {
        builder.ToTable("credit_objections");
        builder.Property(o => o.EnterpriseCreditCode).HasMaxLength(18);
        builder.Property(o => o.EnterpriseName).HasMaxLength(200);
        builder.Property(o => o.RegionCode).HasMaxLength(6);
        builder.Property(o => o.Grounds).HasMaxLength(2000);
        builder.Property(o => o.RaisedBy).HasMaxLength(100);
        builder.Property(o => o.DecisionReasons).HasMaxLength(2000);
        builder.Property(o => o.DecidedBy).HasMaxLength(100);
        builder.HasIndex(o => new { o.ListingId, o.Status });
        builder.HasIndex(o => new { o.RecordId, o.Status });
        builder.HasIndex(o => new { o.RegionCode, o.Status });
        builder.HasIndex(o => o.EnterpriseCreditCode);
    }
}

internal sealed class CreditRepairConfiguration : IEntityTypeConfiguration<CreditRepair>
{
    public void Configure(EntityTypeBuilder<CreditRepair> builder)
    {
        builder.ToTable("credit_repairs");
        builder.Property(r => r.EnterpriseCreditCode).HasMaxLength(18);
        builder.Property(r => r.EnterpriseName).HasMaxLength(200);
        builder.Property(r => r.RegionCode).HasMaxLength(6);
        builder.Property(r => r.Commitment).HasMaxLength(2000);
        builder.Property(r => r.Statement).HasMaxLength(2000);
        builder.Property(r => r.AppliedBy).HasMaxLength(100);
        builder.Property(r => r.DecisionReasons).HasMaxLength(2000);
        builder.Property(r => r.DecidedBy).HasMaxLength(100);
        builder.HasIndex(r => new { r.ListingId, r.Status });
        builder.HasIndex(r => new { r.RecordId, r.Status });
        builder.HasIndex(r => new { r.RegionCode, r.Status });
        builder.HasIndex(r => r.EnterpriseCreditCode);
    }
}

internal sealed class IssuedCreditReportConfiguration : IEntityTypeConfiguration<IssuedCreditReport>
{
    public void Configure(EntityTypeBuilder<IssuedCreditReport> builder)
    {
        builder.ToTable("issued_reports");
        builder.HasKey(r => r.Number);
        builder.Property(r => r.Number).HasMaxLength(40);
        builder.Property(r => r.EnterpriseCreditCode).HasMaxLength(18);
        builder.Property(r => r.Sha256).HasMaxLength(64);
        builder.Property(r => r.KeyId).HasMaxLength(40);
        builder.Property(r => r.IssuedBy).HasMaxLength(100);
        builder.HasIndex(r => new { r.EnterpriseCreditCode, r.IssuedAt });
    }
}

internal sealed class GradePublicationConfiguration : IEntityTypeConfiguration<GradePublication>
{
    public void Configure(EntityTypeBuilder<GradePublication> builder)
    {
        builder.ToTable("grade_publication");
        builder.HasKey(r => r.RegionCode);
        builder.Property(r => r.RegionCode).HasMaxLength(6);
        builder.Property(r => r.UpdatedBy).HasMaxLength(100);
    }
}

internal sealed class SharingGrantConfiguration : IEntityTypeConfiguration<SharingGrant>
{
    public void Configure(EntityTypeBuilder<SharingGrant> builder)
    {
        builder.ToTable("sharing_grants");
        builder.Property(g => g.DepartmentCode).HasMaxLength(20);
        builder.Property(g => g.DepartmentName).HasMaxLength(200);
        builder.Property(g => g.RegionCode).HasMaxLength(6);
        builder.Property(g => g.Scopes).HasMaxLength(200);
        builder.Property(g => g.Purpose).HasMaxLength(500);
        builder.Property(g => g.TokenHash).HasMaxLength(64);
        builder.Property(g => g.TokenHint).HasMaxLength(20);
        builder.Property(g => g.IssuedBy).HasMaxLength(100);
        builder.Property(g => g.IssuerRegionCode).HasMaxLength(6);
        builder.Property(g => g.RevokedBy).HasMaxLength(100);
        builder.Property(g => g.RevokeReason).HasMaxLength(500);
        builder.Ignore(g => g.ScopeList);
        builder.HasIndex(g => g.TokenHash).IsUnique();
        builder.HasIndex(g => g.DepartmentCode);
        builder.HasIndex(g => new { g.IssuerRegionCode, g.IssuedAt });
    }
}

internal sealed class CreditChangeConfiguration : IEntityTypeConfiguration<CreditChange>
{
    public void Configure(EntityTypeBuilder<CreditChange> builder)
    {
        builder.ToTable("credit_changes");
        builder.Property(c => c.CreditCode).HasMaxLength(18);
        builder.Property(c => c.RegionCode).HasMaxLength(6);
        builder.Property(c => c.Kind).HasMaxLength(20);
        builder.Property(c => c.Change).HasMaxLength(40);
        builder.HasIndex(c => c.Sequence).IsUnique();
        builder.HasIndex(c => new { c.RegionCode, c.Sequence });
    }
}

internal sealed class WatchSubscriptionConfiguration : IEntityTypeConfiguration<WatchSubscription>
{
    public void Configure(EntityTypeBuilder<WatchSubscription> builder)
    {
        builder.ToTable("watch_subscriptions");
        builder.Property(s => s.DepartmentCode).HasMaxLength(20);
        builder.Property(s => s.CreditCode).HasMaxLength(18);
        builder.Property(s => s.RegionCode).HasMaxLength(6);
        builder.Property(s => s.CreatedBy).HasMaxLength(100);
        builder.Property(s => s.RemovedBy).HasMaxLength(100);
        builder.HasIndex(s => new { s.DepartmentCode, s.CreditCode });
        builder.HasIndex(s => s.CreditCode);
    }
}

internal sealed class WatchNotificationConfiguration : IEntityTypeConfiguration<WatchNotification>
{
    public void Configure(EntityTypeBuilder<WatchNotification> builder)
    {
        builder.ToTable("watch_notifications");
        builder.HasKey(n => n.Number);
        builder.Property(n => n.Number).ValueGeneratedOnAdd();
        builder.Property(n => n.DepartmentCode).HasMaxLength(20);
        builder.Property(n => n.CreditCode).HasMaxLength(18);
        builder.Property(n => n.Kind).HasMaxLength(20);
        builder.Property(n => n.Change).HasMaxLength(40);
        builder.Property(n => n.ReadBy).HasMaxLength(100);
        builder.HasIndex(n => new { n.DepartmentCode, n.Number });
    }
}

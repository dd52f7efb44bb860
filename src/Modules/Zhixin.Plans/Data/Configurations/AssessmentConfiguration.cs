using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhixin.Plans.Domain;

namespace Zhixin.Plans.Data.Configurations;

internal sealed class AssessmentSchemeVersionConfiguration : IEntityTypeConfiguration<AssessmentSchemeVersion>
{
    public void Configure(EntityTypeBuilder<AssessmentSchemeVersion> builder)
    {
        builder.ToTable("plan_assessment_schemes");
        builder.HasKey(s => new { s.Code, s.Version });
        builder.Property(s => s.Code).HasMaxLength(64).IsUnicode(false);
        builder.Property(s => s.CreatedBy).HasMaxLength(256);
    }
}

internal sealed class AssessmentRunConfiguration : IEntityTypeConfiguration<AssessmentRun>
{
    public void Configure(EntityTypeBuilder<AssessmentRun> builder)
    {
        builder.ToTable("plan_assessment_runs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.SchemeCode).HasMaxLength(64).IsUnicode(false);
        builder.Property(r => r.RunBy).HasMaxLength(256);
        builder.Property(r => r.RegionCode).HasMaxLength(6).IsUnicode(false);
        builder.HasIndex(r => new { r.PlanId, r.RunAt });
        builder.HasOne<Plan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Results).WithOne().HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AssessmentResultConfiguration : IEntityTypeConfiguration<AssessmentResult>
{
    public void Configure(EntityTypeBuilder<AssessmentResult> builder)
    {
        builder.ToTable("plan_assessment_results");
        builder.HasKey(r => new { r.RunId, r.DepartmentCode });
        builder.Property(r => r.DepartmentCode).HasMaxLength(64);
        builder.Property(r => r.DepartmentName).HasMaxLength(200);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Score).HasPrecision(5, 1);
        builder.Property(r => r.Grade).HasMaxLength(16);
    }
}

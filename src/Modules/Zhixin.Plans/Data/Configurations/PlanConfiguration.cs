using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhixin.Plans.Domain;

namespace Zhixin.Plans.Data.Configurations;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.ToTable("plans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Title).HasMaxLength(300);
        builder.Property(p => p.DocumentNumber).HasMaxLength(100);
        builder.Property(p => p.Issuer).HasMaxLength(200);
        builder.Property(p => p.RegionCode).HasMaxLength(6).IsUnicode(false);
        builder.Property(p => p.ContentSha256).HasMaxLength(64).IsUnicode(false);
        builder.Property(p => p.SourceFileName).HasMaxLength(260);
        builder.Property(p => p.SourceEncoding).HasMaxLength(32);
        builder.Property(p => p.ImportedBy).HasMaxLength(256);
        builder.HasIndex(p => p.ContentSha256).IsUnique();
        builder.HasIndex(p => p.DocumentNumber);
        builder.HasIndex(p => p.RegionCode);
        builder.HasMany(p => p.Sections).WithOne().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Tasks).WithOne().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Targets).WithOne().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanSectionConfiguration : IEntityTypeConfiguration<PlanSection>
{
    public void Configure(EntityTypeBuilder<PlanSection> builder)
    {
        builder.ToTable("plan_sections");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Number).HasMaxLength(16);
        builder.Property(s => s.Title).HasMaxLength(500);
        builder.HasIndex(s => new { s.PlanId, s.Ordinal }).IsUnique();
    }
}

internal sealed class PlanTaskConfiguration : IEntityTypeConfiguration<PlanTask>
{
    public void Configure(EntityTypeBuilder<PlanTask> builder)
    {
        builder.ToTable("plan_tasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.SectionNumber).HasMaxLength(16);
        builder.Property(t => t.Number).HasMaxLength(16);
        builder.Property(t => t.Title).HasMaxLength(1000);
        builder.HasIndex(t => new { t.PlanId, t.Ordinal }).IsUnique();
        builder.HasMany(t => t.Assignments).WithOne().HasForeignKey(a => a.TaskId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TaskAssignmentConfiguration : IEntityTypeConfiguration<TaskAssignment>
{
    public void Configure(EntityTypeBuilder<TaskAssignment> builder)
    {
        builder.ToTable("plan_task_assignments");
        builder.HasKey(a => new { a.TaskId, a.Ordinal });
        builder.Property(a => a.Role).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.DepartmentCode).HasMaxLength(64);
        builder.Property(a => a.NameAsWritten).HasMaxLength(200);
        builder.HasIndex(a => a.DepartmentCode);
    }
}

internal sealed class PlanTargetConfiguration : IEntityTypeConfiguration<PlanTarget>
{
    public void Configure(EntityTypeBuilder<PlanTarget> builder)
    {
        builder.ToTable("plan_targets");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Text).HasMaxLength(1000);
        builder.Property(t => t.Indicator).HasMaxLength(200);
        builder.Property(t => t.IndicatorKey).HasMaxLength(200);
        builder.Property(t => t.Comparator).HasMaxLength(32);
        builder.Property(t => t.Value).HasPrecision(18, 4);
        builder.Property(t => t.UpperValue).HasPrecision(18, 4);
        builder.Property(t => t.Unit).HasMaxLength(16);
        builder.Property(t => t.ComputedBy).HasMaxLength(64);
        builder.Property(t => t.Actual).HasPrecision(18, 4);
        builder.Property(t => t.ActualRecordedBy).HasMaxLength(256);
        builder.Property(t => t.ActualSource).HasMaxLength(200);
        builder.HasIndex(t => new { t.PlanId, t.Ordinal }).IsUnique();
        builder.HasIndex(t => t.ComputedBy);
    }
}

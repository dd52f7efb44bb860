using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhixin.Inspection.Domain;

namespace Zhixin.Inspection.Data.Configurations;

internal sealed class SpotCheckPlanConfiguration : IEntityTypeConfiguration<SpotCheckPlan>
{
    public void Configure(EntityTypeBuilder<SpotCheckPlan> builder)
    {
        builder.ToTable("spot_check_plans");
        builder.Property(p => p.Code).HasMaxLength(40);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Title).HasMaxLength(300);
        builder.Property(p => p.OrganizerRegionCode).HasMaxLength(6);
        builder.Property(p => p.BudgetYuan).HasPrecision(14, 2);
        builder.Property(p => p.CreatedBy).HasMaxLength(256);
        builder.Property(p => p.UpdatedBy).HasMaxLength(256);
        builder.Property(p => p.VoidedBy).HasMaxLength(256);
        builder.Property(p => p.VoidReason).HasMaxLength(500);
        builder.Property(p => p.Revision).IsConcurrencyToken();
        builder.HasIndex(p => new { p.Year, p.OrganizerRegionCode });
        builder.HasMany(p => p.Allocations).WithOne().HasForeignKey(a => a.PlanId);
    }
}

internal sealed class PlanAllocationConfiguration : IEntityTypeConfiguration<PlanAllocation>
{
    public void Configure(EntityTypeBuilder<PlanAllocation> builder)
    {
        builder.ToTable("plan_allocations");
        builder.Property(a => a.ProductCode).HasMaxLength(10);
        builder.Property(a => a.ProductName).HasMaxLength(100);
        builder.Property(a => a.RegionCode).HasMaxLength(6);
        builder.Property(a => a.Explanation).HasMaxLength(500);
        builder.HasIndex(a => new { a.PlanId, a.ProductCode, a.RegionCode }).IsUnique();
    }
}

internal sealed class InspectorConfiguration : IEntityTypeConfiguration<Inspector>
{
    public void Configure(EntityTypeBuilder<Inspector> builder)
    {
        builder.ToTable("inspectors");
        builder.Property(i => i.Name).HasMaxLength(50);
        builder.Property(i => i.BadgeNumber).HasMaxLength(30);
        builder.HasIndex(i => i.BadgeNumber).IsUnique();
        builder.Property(i => i.RegionCode).HasMaxLength(6);
        builder.HasIndex(i => i.RegionCode);
        builder.Property(i => i.DepartmentName).HasMaxLength(100);
        builder.Property(i => i.VoidedBy).HasMaxLength(256);
        builder.Property(i => i.VoidReason).HasMaxLength(500);
    }
}

internal sealed class RandomDrawConfiguration : IEntityTypeConfiguration<RandomDraw>
{
    public void Configure(EntityTypeBuilder<RandomDraw> builder)
    {
        builder.ToTable("random_draws");
        builder.Property(d => d.ProductCode).HasMaxLength(10);
        builder.Property(d => d.RegionCode).HasMaxLength(6);
        builder.Property(d => d.Seed).HasMaxLength(64);
        builder.Property(d => d.PoolHash).HasMaxLength(64);
        builder.Property(d => d.Algorithm).HasMaxLength(40);
        builder.Property(d => d.PublishedBy).HasMaxLength(256);
        builder.Property(d => d.DrawnBy).HasMaxLength(256);
        builder.HasIndex(d => d.AllocationId);
        builder.HasMany(d => d.Selections).WithOne().HasForeignKey(s => s.DrawId);
    }
}

internal sealed class DrawSelectionConfiguration : IEntityTypeConfiguration<DrawSelection>
{
    public void Configure(EntityTypeBuilder<DrawSelection> builder)
    {
        builder.ToTable("draw_selections");
        builder.Property(s => s.CreditCode).HasMaxLength(18);
        builder.Property(s => s.EnterpriseName).HasMaxLength(200);
        builder.Property(s => s.RegionCode).HasMaxLength(6);
        builder.Property(s => s.InspectorNames).HasMaxLength(200);
        builder.HasIndex(s => new { s.DrawId, s.Position }).IsUnique();
    }
}

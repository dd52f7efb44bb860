using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhixin.Inspection.Domain;

namespace Zhixin.Inspection.Data.Configurations;

internal sealed class SampleBatchConfiguration : IEntityTypeConfiguration<SampleBatch>
{
    public void Configure(EntityTypeBuilder<SampleBatch> builder)
    {
        builder.ToTable("batches");
        builder.Property(b => b.SamplingNumber).HasMaxLength(40);
        builder.HasIndex(b => b.SamplingNumber).IsUnique();
        builder.Property(b => b.ProductCode).HasMaxLength(10);
        builder.Property(b => b.ProductName).HasMaxLength(100);
        builder.Property(b => b.CategoryCode).HasMaxLength(10);
        builder.Property(b => b.EnterpriseCreditCode).HasMaxLength(18);
        builder.Property(b => b.EnterpriseName).HasMaxLength(200);
        builder.Property(b => b.RegionCode).HasMaxLength(6);
        builder.Property(b => b.ProducerCreditCode).HasMaxLength(18);
        builder.Property(b => b.ProducerName).HasMaxLength(200);
        builder.Property(b => b.Place).HasMaxLength(300);
        builder.Property(b => b.LotNumber).HasMaxLength(60);
        builder.Property(b => b.Specification).HasMaxLength(100);
        builder.Property(b => b.Gtin).HasMaxLength(14);
        builder.Property(b => b.SealNumbers).HasMaxLength(200);
        builder.Property(b => b.Samplers).HasMaxLength(200);
        builder.Property(b => b.Laboratory).HasMaxLength(200);
        builder.Property(b => b.ReportNumber).HasMaxLength(60);
        builder.Property(b => b.FailedItems).HasMaxLength(1000);
        builder.Property(b => b.CreatedBy).HasMaxLength(256);
        builder.Property(b => b.UpdatedBy).HasMaxLength(256);
        builder.Property(b => b.VoidedBy).HasMaxLength(256);
        builder.Property(b => b.VoidReason).HasMaxLength(500);
        builder.Property(b => b.Revision).IsConcurrencyToken();
        // The statistics scan one year at a time, grouped by product and region; the firm index serves its page.
        // On PostgreSQL the index also carries every other column the statistics read, so that their queries are
        // index-only scans of the year instead of visits to every row of it (SQLite has no INCLUDE; ignored there).
        builder.HasIndex(b => new { b.SampleYear, b.ProductCode, b.RegionCode })
            .IncludeProperties(b => new
            {
                b.Verdict,
                b.EnterpriseCreditCode,
                b.VoidedAt,
                b.ProductName,
                b.CategoryCode,
                b.Channel,
                b.FirmSize,
                b.SampleQuarter,
                b.SampledOn,
                b.PlanId,
            });
        builder.HasIndex(b => new { b.EnterpriseCreditCode, b.SampledOn });
        builder.HasIndex(b => new { b.PlanId, b.ProductCode });
        builder.HasMany(b => b.Items).WithOne().HasForeignKey(i => i.BatchId);
    }
}

internal sealed class TestItemResultConfiguration : IEntityTypeConfiguration<TestItemResult>
{
    public void Configure(EntityTypeBuilder<TestItemResult> builder)
    {
        builder.ToTable("test_item_results");
        builder.Property(i => i.ItemName).HasMaxLength(100);
        builder.Property(i => i.StandardClause).HasMaxLength(200);
        builder.Property(i => i.Requirement).HasMaxLength(300);
        builder.Property(i => i.MeasuredValue).HasMaxLength(300);
        builder.HasIndex(i => new { i.BatchId, i.Position }).IsUnique();
    }
}

internal sealed class NetContentCheckConfiguration : IEntityTypeConfiguration<NetContentCheck>
{
    public void Configure(EntityTypeBuilder<NetContentCheck> builder)
    {
        builder.ToTable("net_content_checks");
        builder.Property(c => c.EnterpriseCreditCode).HasMaxLength(18);
        builder.Property(c => c.EnterpriseName).HasMaxLength(200);
        builder.Property(c => c.RegionCode).HasMaxLength(6);
        builder.Property(c => c.ProductName).HasMaxLength(100);
        builder.Property(c => c.LotNumber).HasMaxLength(60);
        builder.Property(c => c.Nominal).HasPrecision(12, 3);
        builder.Property(c => c.Unit).HasMaxLength(10);
        builder.Property(c => c.Edition).HasMaxLength(40);
        builder.Property(c => c.CreatedBy).HasMaxLength(256);
        builder.Property(c => c.VoidedBy).HasMaxLength(256);
        builder.Property(c => c.VoidReason).HasMaxLength(500);
        builder.HasIndex(c => new { c.EnterpriseCreditCode, c.CheckedOn });
    }
}

internal sealed class FollowUpStepConfiguration : IEntityTypeConfiguration<FollowUpStepRecord>
{
    public void Configure(EntityTypeBuilder<FollowUpStepRecord> builder)
    {
        builder.ToTable("follow_up_steps");
        // By name, so the step list can grow or be reordered without rewriting stored rows.
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.Note).HasMaxLength(1000);
        builder.Property(s => s.OverrideReason).HasMaxLength(500);
        builder.Property(s => s.RegionCode).HasMaxLength(6);
        builder.Property(s => s.RecordedBy).HasMaxLength(256);
        builder.HasIndex(s => new { s.BatchId, s.On });
    }
}

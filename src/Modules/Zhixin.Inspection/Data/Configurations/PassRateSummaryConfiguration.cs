using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhixin.Inspection.Domain;

namespace Zhixin.Inspection.Data.Configurations;

internal sealed class PassRateSummaryCellConfiguration : IEntityTypeConfiguration<PassRateSummaryCell>
{
    public void Configure(EntityTypeBuilder<PassRateSummaryCell> builder)
    {
        builder.ToTable("pass_rate_summary_cells");
        // The key is also the reading order: a year, a level, a range of region codes, then the products.
        builder.HasKey(c => new { c.SampleYear, c.RegionLevel, c.RegionCode, c.ProductCode });
        builder.Property(c => c.RegionCode).HasMaxLength(6);
        builder.Property(c => c.ProductCode).HasMaxLength(10);
        builder.Property(c => c.ProductName).HasMaxLength(100);
    }
}

internal sealed class PassRateSummaryYearConfiguration : IEntityTypeConfiguration<PassRateSummaryYear>
{
    public void Configure(EntityTypeBuilder<PassRateSummaryYear> builder)
    {
        builder.ToTable("pass_rate_summary_years");
        builder.HasKey(y => y.SampleYear);
        builder.Property(y => y.SampleYear).ValueGeneratedNever();
        builder.Ignore(y => y.IsFresh);
    }
}

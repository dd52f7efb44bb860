using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhixin.Register.Domain;

namespace Zhixin.Register.Data.Configurations;

internal sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public const string Table = "register_import_batches";

    public void Configure(EntityTypeBuilder<ImportBatch> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Kind).HasMaxLength(32);
        builder.Property(b => b.FileName).HasMaxLength(260);
        builder.Property(b => b.Sha256).HasMaxLength(64).IsUnicode(false);
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.ImportedBy).HasMaxLength(256);
        builder.Property(b => b.RegionCode).HasMaxLength(6).IsUnicode(false);
        builder.HasIndex(b => new { b.Kind, b.Sha256 });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhixin.Register.Domain;

namespace Zhixin.Register.Data.Configurations;

internal sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public const string Table = "enterprises";

    public void Configure(EntityTypeBuilder<Enterprise> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.CreditCode).HasMaxLength(18).IsUnicode(false);
        builder.Property(e => e.OrgCode).HasMaxLength(9).IsUnicode(false);
        builder.Property(e => e.CheckOverrideReason).HasMaxLength(500);
        builder.Property(e => e.Name).HasMaxLength(200);
        builder.Property(e => e.RegionCode).HasMaxLength(6).IsUnicode(false);
        builder.Property(e => e.IndustryCode).HasMaxLength(5).IsUnicode(false);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.LegalRepresentative).HasMaxLength(100);
        builder.Property(e => e.Address).HasMaxLength(300);
        builder.Property(e => e.CreatedBy).HasMaxLength(256);
        builder.Property(e => e.UpdatedBy).HasMaxLength(256);
        builder.Property(e => e.VoidedBy).HasMaxLength(256);
        builder.Property(e => e.VoidReason).HasMaxLength(500);
        builder.Property(e => e.Revision).IsConcurrencyToken();

        builder.HasIndex(e => e.CreditCode).IsUnique();
        builder.HasIndex(e => e.OrgCode);
        builder.HasIndex(e => e.Name);
        builder.HasIndex(e => new { e.RegionCode, e.Name });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhixin.Register.Domain;

namespace Zhixin.Register.Data.Configurations;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.ToTable("products");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Gtin).HasMaxLength(14).IsUnicode(false);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Brand).HasMaxLength(100);
        builder.Property(p => p.Specification).HasMaxLength(200);
        builder.Property(p => p.CategoryCode).HasMaxLength(16).IsUnicode(false);
        builder.Property(p => p.ProducerCreditCode).HasMaxLength(18).IsUnicode(false);
        builder.Property(p => p.RegionCode).HasMaxLength(6).IsUnicode(false);
        builder.Property(p => p.CreatedBy).HasMaxLength(256);
        builder.Property(p => p.UpdatedBy).HasMaxLength(256);
        builder.Property(p => p.VoidedBy).HasMaxLength(256);
        builder.Property(p => p.VoidReason).HasMaxLength(500);
        builder.Property(p => p.Revision).IsConcurrencyToken();

        builder.HasIndex(p => p.Gtin).IsUnique();
        builder.HasIndex(p => p.ProducerId);
        builder.HasIndex(p => p.CategoryCode);
        builder.HasOne<Enterprise>().WithMany().HasForeignKey(p => p.ProducerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ProductCategory>().WithMany().HasForeignKey(p => p.CategoryCode).OnDelete(DeleteBehavior.Restrict);
    }
}

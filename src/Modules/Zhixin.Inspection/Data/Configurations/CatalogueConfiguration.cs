using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhixin.Inspection.Domain;

namespace Zhixin.Inspection.Data.Configurations;

internal sealed class CatalogueEditionConfiguration : IEntityTypeConfiguration<CatalogueEdition>
{
    public void Configure(EntityTypeBuilder<CatalogueEdition> builder)
    {
        builder.ToTable("catalogue_editions");
        builder.Property(e => e.Code).HasMaxLength(40);
        builder.HasIndex(e => e.Code).IsUnique();
        builder.Property(e => e.Name).HasMaxLength(200);
        builder.Property(e => e.IssuerRegionCode).HasMaxLength(6);
        builder.Property(e => e.Source).HasMaxLength(500);
        builder.Property(e => e.CreatedBy).HasMaxLength(256);
        builder.HasMany(e => e.Products).WithOne().HasForeignKey(p => p.EditionId);
    }
}

internal sealed class CatalogueProductConfiguration : IEntityTypeConfiguration<CatalogueProduct>
{
    public void Configure(EntityTypeBuilder<CatalogueProduct> builder)
    {
        builder.ToTable("catalogue_products");
        builder.Property(p => p.CategoryCode).HasMaxLength(10);
        builder.Property(p => p.CategoryName).HasMaxLength(100);
        builder.Property(p => p.Code).HasMaxLength(10);
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.Property(p => p.IndustryCodes).HasMaxLength(200);
        builder.Property(p => p.TestItems).HasMaxLength(4000);
        builder.HasIndex(p => new { p.EditionId, p.Code }).IsUnique();
    }
}

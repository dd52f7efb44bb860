using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zhixin.Register.Domain;

namespace Zhixin.Register.Data.Configurations;

internal sealed class ProductCategoryConfiguration : IEntityTypeConfiguration<ProductCategory>
{
    public void Configure(EntityTypeBuilder<ProductCategory> builder)
    {
        builder.ToTable("product_categories");
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(16).IsUnicode(false);
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.ParentCode).HasMaxLength(16).IsUnicode(false);
        builder.HasOne<ProductCategory>().WithMany().HasForeignKey(c => c.ParentCode).OnDelete(DeleteBehavior.Restrict);
    }
}

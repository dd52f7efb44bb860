using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Data;
using Zhixin.Platform.Scoping;
using Zhixin.Register.Domain;

namespace Zhixin.Register.Data;

internal sealed class RegisterDbContext(DbContextOptions<RegisterDbContext> options, ICallerContext caller)
    : ScopedDbContext(options, caller)
{
    public const string SchemaName = "register";

    protected override string Schema => SchemaName;

    public DbSet<Enterprise> Enterprises => Set<Enterprise>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<ProductCategory> ProductCategories => Set<ProductCategory>();

    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        if (Database.IsNpgsql())
        {
            // Binary collation, as SQLite has by default, so a name prefix is one index range on both engines.
            modelBuilder.Entity<Enterprise>().Property(e => e.Name).UseCollation("C");
        }
    }
}

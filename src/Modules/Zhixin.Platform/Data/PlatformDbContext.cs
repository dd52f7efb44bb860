using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Audit;
using Zhixin.Platform.Departments;
using Zhixin.Platform.Events;
using Zhixin.Platform.Identity;

namespace Zhixin.Platform.Data;

/// <summary>The shared kernel's tables: accounts and roles, departments, and the audit log.</summary>
internal sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options)
    : IdentityDbContext<ZhixinUser, ZhixinRole, Guid>(options)
{
    public const string SchemaName = "platform";

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<EnterpriseEventEntry> EnterpriseEvents => Set<EnterpriseEventEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<ZhixinUser>(user =>
        {
            user.ToTable("users");
            user.Property(u => u.DisplayName).HasMaxLength(100);
            user.Property(u => u.DepartmentCode).HasMaxLength(64);
            user.Property(u => u.RegionCode).HasMaxLength(6);
            user.Property(u => u.EnterpriseCreditCode).HasMaxLength(18);
        });
        builder.Entity<ZhixinRole>().ToTable("roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");

        builder.Entity<AuditEntry>(entry =>
        {
            entry.ToTable(AuditTables.Entries);
            entry.HasKey(e => e.Sequence);
            entry.Property(e => e.Sequence).ValueGeneratedNever();
            entry.Property(e => e.ActorId).HasMaxLength(128);
            entry.Property(e => e.ActorName).HasMaxLength(256);
            entry.Property(e => e.Action).HasMaxLength(32);
            entry.Property(e => e.EntityType).HasMaxLength(64);
            entry.Property(e => e.EntityId).HasMaxLength(128);
            entry.Property(e => e.RegionCode).HasMaxLength(6);
            entry.Property(e => e.Mac).HasMaxLength(64);
            entry.HasIndex(e => new { e.EntityType, e.EntityId });
            entry.HasIndex(e => e.OccurredAt);
        });

        builder.Entity<EnterpriseEventEntry>(entry =>
        {
            entry.ToTable("enterprise_events");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Id).ValueGeneratedNever();
            entry.Property(e => e.CreditCode).HasMaxLength(18);
            entry.Property(e => e.RegionCode).HasMaxLength(6);
            entry.Property(e => e.Kind).HasMaxLength(100);
            entry.Property(e => e.Title).HasMaxLength(500);
            entry.Property(e => e.Link).HasMaxLength(300);
            entry.HasIndex(e => new { e.CreditCode, e.OccurredOn });
        });

        builder.Entity<Department>(department =>
        {
            department.ToTable("departments");
            department.HasKey(d => d.Code);
            department.Property(d => d.Code).HasMaxLength(64);
            department.Property(d => d.Name).HasMaxLength(100);
            department.Property(d => d.RegionCode).HasMaxLength(6);
            department.Property(d => d.Level).HasConversion<string>().HasMaxLength(16);
            department.HasMany(d => d.Aliases).WithOne().HasForeignKey(a => a.DepartmentCode);
            department.HasIndex(d => d.RegionCode);
        });
        builder.Entity<DepartmentAlias>(alias =>
        {
            alias.ToTable("department_aliases");
            alias.HasKey(a => new { a.DepartmentCode, a.Alias });
            alias.Property(a => a.Alias).HasMaxLength(100);
            alias.HasIndex(a => a.Alias);
        });

        ModelConventions.Apply(builder, Database, SchemaName);
    }
}

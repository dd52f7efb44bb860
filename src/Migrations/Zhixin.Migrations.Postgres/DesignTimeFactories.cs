using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Zhixin.Credit.Data;
using Zhixin.Inspection.Data;
using Zhixin.Plans.Data;
using Zhixin.Platform.Data;
using Zhixin.Platform.Scoping;
using Zhixin.Register.Data;

namespace Zhixin.Migrations.Postgres;

// Used only by "dotnet ef migrations add"; adding a migration needs no database, so the target is never opened.
internal sealed class PlatformContextFactory : IDesignTimeDbContextFactory<PlatformDbContext>
{
    public PlatformDbContext CreateDbContext(string[] args) => new(DesignTime.Options<PlatformDbContext>(PlatformDbContext.SchemaName));
}

internal sealed class RegisterContextFactory : IDesignTimeDbContextFactory<RegisterDbContext>
{
    public RegisterDbContext CreateDbContext(string[] args) => new(DesignTime.Options<RegisterDbContext>(RegisterDbContext.SchemaName), new CallerContext());
}

internal sealed class PlansContextFactory : IDesignTimeDbContextFactory<PlansDbContext>
{
    public PlansDbContext CreateDbContext(string[] args) => new(DesignTime.Options<PlansDbContext>(PlansDbContext.SchemaName), new CallerContext());
}

internal sealed class InspectionContextFactory : IDesignTimeDbContextFactory<InspectionDbContext>
{
    public InspectionDbContext CreateDbContext(string[] args) => new(DesignTime.Options<InspectionDbContext>(InspectionDbContext.SchemaName), new CallerContext());
}

internal static class DesignTime
{
    public static DbContextOptions<T> Options<T>(string schema) where T : DbContext
    {
        var builder = new DbContextOptionsBuilder<T>();
        ModuleDatabaseRegistration.ConfigureProvider(builder, DatabaseTarget.ForPostgres("Host=localhost;Database=design_time"), schema);
        return builder.Options;
    }
}

internal sealed class CreditContextFactory : IDesignTimeDbContextFactory<CreditDbContext>
{
    public CreditDbContext CreateDbContext(string[] args) => new(DesignTime.Options<CreditDbContext>(CreditDbContext.SchemaName), new CallerContext(), TimeProvider.System);
}

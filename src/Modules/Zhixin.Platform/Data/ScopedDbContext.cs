using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Scoping;

namespace Zhixin.Platform.Data;

/// <summary>
/// Base of every business module's DbContext: the one global mechanism that filters non-public data by the
/// caller's region (and, for enterprise accounts, by enterprise) and hides voided records. The filters read
/// the caller of the context instance, so a county official's query carries the county's range as SQL
/// parameters and a record of another county is simply not found (404), wherever it is asked for.
/// </summary>
public abstract class ScopedDbContext(DbContextOptions options, ICallerContext callerContext) : DbContext(options)
{
    public const string RegionScopeFilter = "RegionScope";
    public const string VoidedFilter = "Voided";

    private static readonly MethodInfo CompareOrdinal =
        typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    /// <summary>The PostgreSQL schema of this module (ignored on SQLite).</summary>
    protected abstract string Schema { get; }

    // The query filters below read these members of the context instance; EF Core turns them into
    // parameters evaluated per query, so one cached model serves every caller.
    protected string ScopeRegionFrom => callerContext.Current.Scope.RegionFrom;

    protected string ScopeRegionTo => callerContext.Current.Scope.RegionTo;

    protected string? ScopeEnterprise => callerContext.Current.Scope.EnterpriseCreditCode;

    public Caller Caller => callerContext.Current;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly, t => IsConfigurationFor(t, GetType()));
        foreach (var entity in modelBuilder.RootEntityTypes().ToList())
        {
            var clr = entity.ClrType;
            if (typeof(IRegionScoped).IsAssignableFrom(clr))
            {
                modelBuilder.Entity(clr).HasQueryFilter(RegionScopeFilter, BuildRegionFilter(clr));
            }

            if (typeof(IVoidable).IsAssignableFrom(clr))
            {
                modelBuilder.Entity(clr).HasQueryFilter(VoidedFilter, BuildVoidedFilter(clr));
            }
        }

        ModelConventions.Apply(modelBuilder, Database, Schema);
    }

    /// <summary>Lets a module with several contexts keep each context's configurations apart; one context per module needs nothing.</summary>
    protected virtual bool IsConfigurationFor(Type configurationType, Type contextType) => true;

    private LambdaExpression BuildRegionFilter(Type clr)
    {
        var entity = Expression.Parameter(clr, "e");
        var context = Expression.Constant(this);
        var region = Expression.Property(entity, nameof(IRegionScoped.RegionCode));
        var from = Expression.Property(context, nameof(ScopeRegionFrom));
        var to = Expression.Property(context, nameof(ScopeRegionTo));
        var enterprise = Expression.Property(context, nameof(ScopeEnterprise));
        var zero = Expression.Constant(0);

        Expression inRange = Expression.AndAlso(
            Expression.GreaterThanOrEqual(Expression.Call(CompareOrdinal, region, from), zero),
            Expression.LessThanOrEqual(Expression.Call(CompareOrdinal, region, to), zero));
        var noEnterpriseScope = Expression.Equal(enterprise, Expression.Constant(null, typeof(string)));

        Expression enterpriseCondition = typeof(IEnterpriseOwned).IsAssignableFrom(clr)
            ? Expression.OrElse(
                noEnterpriseScope,
                Expression.Equal(Expression.Property(entity, OwnerKeyOf(clr)), enterprise))
            : noEnterpriseScope;

        return Expression.Lambda(Expression.AndAlso(inRange, enterpriseCondition), entity);
    }

    private static PropertyInfo OwnerKeyOf(Type clr) =>
        clr.GetProperties().SingleOrDefault(p => p.IsDefined(typeof(EnterpriseOwnerKeyAttribute), inherit: true))
        ?? throw new InvalidOperationException($"{clr.Name} is enterprise-owned but no property carries [EnterpriseOwnerKey].");

    private static LambdaExpression BuildVoidedFilter(Type clr)
    {
        var entity = Expression.Parameter(clr, "e");
        var voidedAt = Expression.Property(entity, nameof(IVoidable.VoidedAt));
        return Expression.Lambda(Expression.Equal(voidedAt, Expression.Constant(null, typeof(DateTimeOffset?))), entity);
    }
}

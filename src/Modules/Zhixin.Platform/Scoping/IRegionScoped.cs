namespace Zhixin.Platform.Scoping;

/// <summary>
/// A record of non-public data labelled with the region it belongs to (its security label). Every query
/// of such an entity is filtered to the caller's region range by <see cref="Data.ScopedDbContext"/>.
/// </summary>
public interface IRegionScoped
{
    string RegionCode { get; }
}

/// <summary>
/// A record that belongs to one enterprise; an enterprise account sees only its own. The property holding
/// the owner's credit code carries <see cref="EnterpriseOwnerKeyAttribute"/>. Region-scoped records that
/// are not enterprise-owned are invisible to enterprise accounts.
/// </summary>
public interface IEnterpriseOwned : IRegionScoped;

/// <summary>Marks the mapped property that holds the owning enterprise's credit code.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class EnterpriseOwnerKeyAttribute : Attribute;

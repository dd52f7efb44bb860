using Microsoft.AspNetCore.Identity;

namespace Zhixin.Platform.Identity;

/// <summary>
/// An account. Officials have a department and a region (GB/T 2260 code); enterprise accounts name their
/// enterprise by credit code. Accounts are disabled, never deleted, because the audit log refers to them.
/// </summary>
internal sealed class ZhixinUser : IdentityUser<Guid>
{
    public required string DisplayName { get; set; }

    public string? DepartmentCode { get; set; }

    public string? RegionCode { get; set; }

    public string? EnterpriseCreditCode { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DisabledAt { get; set; }
}

internal sealed class ZhixinRole : IdentityRole<Guid>
{
    public ZhixinRole()
    {
    }

    public ZhixinRole(string name) : base(name)
    {
    }
}

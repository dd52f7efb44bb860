using System.Security.Claims;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Scoping;

namespace Zhixin.Platform.Identity;

/// <summary>The claims an account carries in its cookie, and how a caller (with its scope) is read back from them.</summary>
public static class ZhixinClaims
{
    public const string Region = "zhixin:region";
    public const string Department = "zhixin:department";
    public const string Enterprise = "zhixin:enterprise";
    public const string DisplayName = "zhixin:display-name";

    /// <summary>The grant a department API client's token belongs to (set by the ApiClient scheme, never by a cookie).</summary>
    public const string ApiClientGrant = "zhixin:api-client-grant";

    public static Caller ToCaller(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true)
        {
            return Caller.Anonymous;
        }

        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown";
        var name = principal.FindFirstValue(ClaimTypes.Name) ?? id;
        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var region = principal.FindFirstValue(Region);
        var department = principal.FindFirstValue(Department);
        return new Caller(id, name, roles, ScopeOf(roles, region, principal.FindFirstValue(Enterprise)), department, region);
    }

    private static RegionScope ScopeOf(HashSet<string> roles, string? region, string? enterprise)
    {
        if (roles.Contains(Roles.EnterpriseUser))
        {
            var code = CreditCode.ParseAllowingCheckOverride(enterprise);
            return code.IsValid ? RegionScope.ForEnterprise(code.Value) : RegionScope.Nothing;
        }

        if (roles.Contains(Roles.Regulator) || roles.Contains(Roles.DepartmentUser))
        {
            var code = RegionCode.Parse(region);
            return code.IsValid ? RegionScope.ForRegion(code.Value) : RegionScope.Nothing;
        }

        // Administrators administer the platform; business data is not theirs to read.
        return RegionScope.Nothing;
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Zhixin.Platform.Identity;

internal sealed class ZhixinClaimsFactory(
    UserManager<ZhixinUser> userManager,
    RoleManager<ZhixinRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ZhixinUser, ZhixinRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ZhixinUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ZhixinClaims.DisplayName, user.DisplayName));
        if (user.RegionCode is { } region)
        {
            identity.AddClaim(new Claim(ZhixinClaims.Region, region));
        }

        if (user.DepartmentCode is { } department)
        {
            identity.AddClaim(new Claim(ZhixinClaims.Department, department));
        }

        if (user.EnterpriseCreditCode is { } enterprise)
        {
            identity.AddClaim(new Claim(ZhixinClaims.Enterprise, enterprise));
        }

        return identity;
    }
}

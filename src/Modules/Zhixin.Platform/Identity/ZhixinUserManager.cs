using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Zhixin.Platform.Identity;

/// <summary>
/// Every role assignment goes through here, so the rule that administrator roles stand alone cannot be
/// bypassed by any page, API or command.
/// </summary>
internal sealed class ZhixinUserManager(
    IUserStore<ZhixinUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<ZhixinUser> passwordHasher,
    IEnumerable<IUserValidator<ZhixinUser>> userValidators,
    IEnumerable<IPasswordValidator<ZhixinUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<ZhixinUser>> logger)
    : UserManager<ZhixinUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override async Task<IdentityResult> AddToRoleAsync(ZhixinUser user, string role)
    {
        var violation = RoleRules.AdministratorRolesAreExclusive([.. await GetRolesAsync(user)], role);
        return violation is null
            ? await base.AddToRoleAsync(user, role)
            : IdentityResult.Failed(new IdentityError { Code = violation, Description = violation });
    }

    public override async Task<IdentityResult> AddToRolesAsync(ZhixinUser user, IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        foreach (var role in roles)
        {
            var result = await AddToRoleAsync(user, role);
            if (!result.Succeeded)
            {
                return result;
            }
        }

        return IdentityResult.Success;
    }
}

using Microsoft.AspNetCore.Identity;
using Zhixin.Platform.Data;

namespace Zhixin.Platform.Identity;

/// <summary>Creates the platform's roles on every database, demo or not.</summary>
internal sealed class RoleSeed(RoleManager<ZhixinRole> roles) : IReferenceDataSeed
{
    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                var result = await roles.CreateAsync(new ZhixinRole(role));
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException($"Could not create role {role}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
                }
            }
        }
    }
}

using Microsoft.AspNetCore.Identity;
using Zhixin.Platform.Modules;

namespace Zhixin.Platform.Identity;

/// <summary>The demo logins printed when the platform starts on a new embedded database.</summary>
public static class DemoAccounts
{
    public const string Password = "Zhixin@2026";

    public sealed record Account(string UserName, string DisplayName, string Role, string? Region, string? Department, string? Enterprise = null);

    public static IReadOnlyList<Account> All { get; } =
    [
        new("fujian", "福建省监管人员", Roles.Regulator, "350000", "fj.qts"),
        new("xiamen", "厦门市监管人员", Roles.Regulator, "350200", "fj.qts"),
        new("siming", "厦门市思明区监管人员", Roles.Regulator, "350203", "fj.qts"),
        new("tianjin", "天津市监管人员", Roles.Regulator, "120000", "tj.qts"),
        new("henan", "河南省监管人员", Roles.Regulator, "410000", "ha.qts"),
        new("pingxiang", "萍乡市监管人员", Roles.Regulator, "360300", "jx-px.qts"),
        new("henan-commerce", "河南省商务厅用户", Roles.DepartmentUser, "410000", "ha.commerce"),
        new("enterprise", "企业用户（演示）", Roles.EnterpriseUser, null, null, "91350200MA2Y7Q0N9R"),
        new("sysadmin", "系统管理员", Roles.SystemAdministrator, null, null),
        new("secadmin", "安全管理员", Roles.SecurityAdministrator, null, null),
        new("auditor", "审计管理员", Roles.AuditAdministrator, null, null),
    ];
}

internal sealed class DemoAccountSeed(UserManager<ZhixinUser> users, TimeProvider clock) : IDemoDataSeed
{
    public int Order => 0;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var account in DemoAccounts.All)
        {
            if (await users.FindByNameAsync(account.UserName) is not null)
            {
                continue;
            }

            var user = new ZhixinUser
            {
                UserName = account.UserName,
                DisplayName = account.DisplayName,
                RegionCode = account.Region,
                DepartmentCode = account.Department,
                EnterpriseCreditCode = account.Enterprise,
                CreatedAt = clock.GetUtcNow(),
            };
            Check(await users.CreateAsync(user, DemoAccounts.Password), account.UserName);
            Check(await users.AddToRoleAsync(user, account.Role), account.UserName);
        }
    }

    private static void Check(IdentityResult result, string userName)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo account {userName}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}

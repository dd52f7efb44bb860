using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Audit;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Data;
using Zhixin.Platform.Web;

namespace Zhixin.Platform.Identity.CreateAccount;

internal sealed record CreateAccountRequest(
    string UserName,
    string DisplayName,
    string Role,
    string Password,
    string? Region = null,
    string? Department = null,
    string? Enterprise = null);

/// <summary>
/// Creates an account with one role. Officials need a region (and may name their department); enterprise
/// accounts need their firm's credit code; administrators need neither. The account and its role are
/// audited. This is how a new installation gets its first administrators (zhixin account create).
/// </summary>
internal sealed class CreateAccountHandler(UserManager<ZhixinUser> users, PlatformDbContext db, IAuditLog audit, TimeProvider clock)
{
    public async Task<Outcome<string>> HandleAsync(CreateAccountRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        if (!Roles.All.Contains(request.Role, StringComparer.Ordinal))
        {
            errors.Add("role", $"unknown role \"{request.Role}\"; one of {string.Join(", ", Roles.All)}");
        }

        var official = request.Role is Roles.Regulator or Roles.DepartmentUser;
        string? region = null;
        if (official)
        {
            region = errors.Check("region", RegionCode.Parse(request.Region))?.Value;
        }
        else if (!string.IsNullOrWhiteSpace(request.Region))
        {
            errors.Add("region", "only officials (Regulator, DepartmentUser) have a region");
        }

        string? enterprise = null;
        if (request.Role == Roles.EnterpriseUser)
        {
            enterprise = errors.Check("enterprise", CreditCode.ParseAllowingCheckOverride(request.Enterprise))?.Value;
        }

        var department = string.IsNullOrWhiteSpace(request.Department) ? null : request.Department.Trim();
        if (department is not null && !await db.Departments.AnyAsync(d => d.Code == department, cancellationToken))
        {
            errors.Add("department", $"no department with code \"{department}\" (see /api/v1/platform/departments)");
        }

        if (!errors.IsEmpty)
        {
            return errors;
        }

        var user = new ZhixinUser
        {
            UserName = request.UserName.Trim(),
            DisplayName = string.IsNullOrWhiteSpace(request.DisplayName) ? request.UserName.Trim() : request.DisplayName.Trim(),
            RegionCode = region,
            DepartmentCode = department,
            EnterpriseCreditCode = enterprise,
            CreatedAt = clock.GetUtcNow(),
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded)
        {
            return Failed(created, errors);
        }

        var granted = await users.AddToRoleAsync(user, request.Role);
        if (!granted.Succeeded)
        {
            return Failed(granted, errors);
        }

        await audit.AppendAsync(db,
            [
                new AuditRecord(AuditActions.Create, "Account", user.Id.ToString(), region,
                    After: System.Text.Json.JsonSerializer.Serialize(new { user.UserName, user.DisplayName, region, department, enterprise })),
                new AuditRecord(AuditActions.RoleGranted, "Account", user.Id.ToString(), region, After: request.Role),
            ],
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return user.Id.ToString();
    }

    private static FieldErrors Failed(IdentityResult result, FieldErrors errors)
    {
        foreach (var error in result.Errors)
        {
            errors.Add(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "userName", $"{error.Code}: {error.Description}");
        }

        return errors;
    }
}

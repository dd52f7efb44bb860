namespace Zhixin.Platform.Identity;

/// <summary>
/// The platform's roles. The three administrator roles (三员: 系统管理员, 安全管理员, 审计管理员) are
/// mutually exclusive and exclude every business role: an account holding one holds nothing else.
/// </summary>
public static class Roles
{
    public const string SystemAdministrator = "SystemAdministrator";
    public const string SecurityAdministrator = "SecurityAdministrator";
    public const string AuditAdministrator = "AuditAdministrator";
    public const string Regulator = "Regulator";
    public const string DepartmentUser = "DepartmentUser";
    public const string EnterpriseUser = "EnterpriseUser";

    public static IReadOnlyList<string> All { get; } =
        [SystemAdministrator, SecurityAdministrator, AuditAdministrator, Regulator, DepartmentUser, EnterpriseUser];

    public static IReadOnlySet<string> Administrators { get; } =
        new HashSet<string>(StringComparer.Ordinal) { SystemAdministrator, SecurityAdministrator, AuditAdministrator };
}

namespace Zhixin.Platform.Identity;

/// <summary>Authorisation policies shared by modules; which roles each admits is decided in one place, PlatformModule.</summary>
public static class Policies
{
    public const string RegisterRead = "register:read";
    public const string RegisterWrite = "register:write";
    public const string PlansRead = "plans:read";
    public const string PlansWrite = "plans:write";
    public const string PlansReport = "plans:report";
    public const string InspectionRead = "inspection:read";
    public const string InspectionWrite = "inspection:write";
    public const string CreditRead = "credit:read";
    public const string CreditWrite = "credit:write";
    public const string AuditRead = "audit:read";
    public const string AccountAdministration = "accounts:administer";
}

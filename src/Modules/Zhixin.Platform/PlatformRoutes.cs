namespace Zhixin.Platform;

/// <summary>Routes of the shared kernel, used by endpoints, pages and tests.</summary>
public static class PlatformRoutes
{
    public const string Home = "/";
    public const string Login = "/account/login";
    public const string LoginTwoFactor = "/account/login-2fa";
    public const string Logout = "/account/logout";
    public const string AccessDenied = "/account/access-denied";
    public const string TwoFactorSetup = "/account/two-factor";
    public const string Culture = "/culture";
    public const string Health = "/health";
    public const string Metrics = "/metrics";
    public const string ApiPrefix = "/api/v1";
    public const string ApiSignIn = "/api/v1/account/sign-in";
    public const string ApiSignOut = "/api/v1/account/sign-out";
    public const string ApiMe = "/api/v1/account/me";
    public const string ApiRegions = "/api/v1/platform/regions";
    public const string ApiDepartments = "/api/v1/platform/departments";
    public const string ApiAudit = "/api/v1/platform/audit";
    public const string ApiAuditVerify = "/api/v1/platform/audit/verify";
    public const string AuditLog = "/platform/audit";
}

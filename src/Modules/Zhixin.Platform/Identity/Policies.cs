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

    /// <summary>The sharing API (信息共享): other departments' systems by token, or their officials signed in; what each sees is its grants'.</summary>
    public const string CreditShare = "credit:share";

    /// <summary>
    /// The sharing pages of a department's officials (its watchlist): signed in with the cookie only, since a page is for a
    /// person; the department's systems use the API with their tokens.
    /// </summary>
    public const string CreditShareOfficial = "credit:share-official";

    /// <summary>Issuing and revoking other departments' grants: regulators within their region, the security administrator.</summary>
    public const string CreditShareAdminister = "credit:share-administer";
    public const string AuditRead = "audit:read";
    public const string AccountAdministration = "accounts:administer";
}

namespace Zhixin.Platform.Audit;

/// <summary>What happened, before it is stamped with who, when and its place in the chain.</summary>
public sealed record AuditRecord(
    string Action,
    string EntityType,
    string? EntityId,
    string? RegionCode = null,
    string? Before = null,
    string? After = null,
    string? Detail = null);

/// <summary>The verbs of the audit log; stored as written, so they never change meaning.</summary>
public static class AuditActions
{
    public const string Create = "create";
    public const string Update = "update";
    public const string Void = "void";
    public const string Delete = "delete";
    public const string Import = "import";
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string SignOut = "sign-out";
    public const string LockedOut = "locked-out";
    public const string RoleGranted = "role-granted";
    public const string CheckOverride = "check-override";
    public const string RuleOverride = "rule-override";
}

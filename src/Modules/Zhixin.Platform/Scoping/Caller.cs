namespace Zhixin.Platform.Scoping;

/// <summary>Who is acting: a signed-in account, the public, or the system (command line, jobs).</summary>
public sealed record Caller(
    string Id,
    string Name,
    IReadOnlySet<string> Roles,
    RegionScope Scope,
    string? DepartmentCode,
    string? RegionCode)
{
    public static Caller Anonymous { get; } = new("anonymous", "anonymous", new HashSet<string>(), RegionScope.Nothing, null, null);

    public static Caller System(string name) =>
        new($"system:{name}", name, new HashSet<string>(), RegionScope.Unrestricted, null, null);

    public bool IsInRole(string role) => Roles.Contains(role);
}

/// <summary>The caller of the current request or command; every scoped query reads it.</summary>
public interface ICallerContext
{
    Caller Current { get; }
}

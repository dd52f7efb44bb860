namespace Zhixin.Platform.Identity;

/// <summary>Named business rules about role combinations, asserted by name in tests.</summary>
internal static class RoleRules
{
    /// <summary>三权分立: system, security and audit administration are held by different people, and by nobody who also does business work.</summary>
    public static string? AdministratorRolesAreExclusive(IReadOnlyCollection<string> currentRoles, string roleToAdd)
    {
        if (currentRoles.Contains(roleToAdd, StringComparer.Ordinal))
        {
            return null;
        }

        var adding = Roles.Administrators.Contains(roleToAdd);
        var holdsAdministrator = currentRoles.Any(Roles.Administrators.Contains);
        return adding && currentRoles.Count > 0 || holdsAdministrator
            ? nameof(AdministratorRolesAreExclusive)
            : null;
    }
}

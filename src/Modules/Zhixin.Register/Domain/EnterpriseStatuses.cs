namespace Zhixin.Register.Domain;

/// <summary>Reads a registration status as written in forms, APIs and government spreadsheets.</summary>
internal static class EnterpriseStatuses
{
    private static readonly Dictionary<string, EnterpriseStatus> ByText = new(StringComparer.OrdinalIgnoreCase)
    {
        ["存续"] = EnterpriseStatus.Active,
        ["在营"] = EnterpriseStatus.Active,
        ["在业"] = EnterpriseStatus.Active,
        ["开业"] = EnterpriseStatus.Active,
        ["在册"] = EnterpriseStatus.Active,
        ["存續"] = EnterpriseStatus.Active,
        ["停业"] = EnterpriseStatus.Suspended,
        ["停業"] = EnterpriseStatus.Suspended,
        ["迁出"] = EnterpriseStatus.MovedOut,
        ["遷出"] = EnterpriseStatus.MovedOut,
        ["吊销"] = EnterpriseStatus.Revoked,
        ["吊銷"] = EnterpriseStatus.Revoked,
        ["注销"] = EnterpriseStatus.Deregistered,
        ["註銷"] = EnterpriseStatus.Deregistered,
        ["撤销"] = EnterpriseStatus.Cancelled,
        ["撤銷"] = EnterpriseStatus.Cancelled,
    };

    public static bool TryParse(string? text, out EnterpriseStatus status)
    {
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
        {
            status = EnterpriseStatus.Active;
            return true;
        }

        if (ByText.TryGetValue(value, out status))
        {
            return true;
        }

        // "吊销，未注销" and similar compound statuses begin with the status that applies.
        foreach (var (label, candidate) in ByText)
        {
            if (value.StartsWith(label, StringComparison.Ordinal))
            {
                status = candidate;
                return true;
            }
        }

        return Enum.TryParse(value, ignoreCase: true, out status) && Enum.IsDefined(status) && !value.All(char.IsAsciiDigit);
    }

    public static string Label(EnterpriseStatus status) => RegisterText.Get($"Status.{status}");
}

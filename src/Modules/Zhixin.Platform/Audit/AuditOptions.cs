using Zhixin.Platform.Data;

namespace Zhixin.Platform.Audit;

/// <summary>Where the audit key lives: a file outside the database, so a copy of the database alone cannot forge entries.</summary>
public sealed class AuditOptions
{
    public const string Section = "Zhixin:Audit";

    /// <summary>The 32-byte HMAC-SM3 key file; next to it, "&lt;file&gt;.head" anchors the chain's last entry.</summary>
    public string? KeyFile { get; set; }

    /// <summary>Without configuration: keys/audit-hmac.key beside the SQLite file, or data/keys/ under the working directory.</summary>
    public string ResolveKeyFile(DatabaseTarget database)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (!string.IsNullOrWhiteSpace(KeyFile))
        {
            return Path.GetFullPath(KeyFile);
        }

        var directory = database.SqliteFile is { } file
            ? Path.GetDirectoryName(file)!
            : Path.GetFullPath("data");
        return Path.Combine(directory, "keys", "audit-hmac.key");
    }
}

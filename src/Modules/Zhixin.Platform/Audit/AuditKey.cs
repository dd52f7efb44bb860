using System.Security.Cryptography;

namespace Zhixin.Platform.Audit;

/// <summary>Reads, or on a database without entries creates, the HMAC key file.</summary>
internal sealed class AuditKey(string path)
{
    public const int Length = 32;

    private byte[]? key;

    public string Path { get; } = path;

    public string AnchorPath => Path + ".head";

    public bool Exists => File.Exists(Path);

    public byte[] Read()
    {
        if (key is not null)
        {
            return key;
        }

        if (!File.Exists(Path))
        {
            throw new AuditKeyMissingException(Path);
        }

        var bytes = File.ReadAllBytes(Path);
        if (bytes.Length != Length)
        {
            throw new InvalidOperationException($"The audit key file {Path} holds {bytes.Length} bytes; it must hold {Length}.");
        }

        return key = bytes;
    }

    /// <summary>Only for a chain with no entries: a new key for a new log.</summary>
    public byte[] Create()
    {
        var directory = System.IO.Path.GetDirectoryName(Path)!;
        Directory.CreateDirectory(directory);
        var bytes = RandomNumberGenerator.GetBytes(Length);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            // Readable by the platform's account only.
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var stream = new FileStream(Path, options);
            stream.Write(bytes);
        }
        catch (IOException) when (File.Exists(Path))
        {
            // Another process created it first; use theirs.
            return Read();
        }

        return key = bytes;
    }
}

public sealed class AuditKeyMissingException(string path)
    : InvalidOperationException(
        $"The audit key file {path} is missing, but the audit log has entries. Restore the key file (it is kept outside the database); without it no entry can be appended or verified.")
{
    public string KeyPath { get; } = path;
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Zhixin.Platform.Audit;

/// <summary>
/// The last committed entry's sequence and MAC, kept in a file beside the key. Without it, deleting the
/// newest entries would leave a shorter chain that still verifies. The anchor only moves forward; it may lag
/// behind the database after a crash between commit and write, which verification tolerates.
/// </summary>
internal sealed class AuditAnchor(string path)
{
    public sealed record Head(long Sequence, string Mac);

    public Head? Read()
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var parts = File.ReadAllText(path).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            ? new Head(sequence, parts[1])
            : throw new InvalidDataException($"The audit anchor {path} is malformed.");
    }

    public void Advance(Head head)
    {
        // Server and command-line processes may commit at the same moment; a named mutex, shared by the
        // processes of this machine, orders their read-compare-write of the file.
        using var mutex = new Mutex(initiallyOwned: false, MutexName);
        try
        {
            mutex.WaitOne();
        }
        catch (AbandonedMutexException)
        {
            // A process died holding it; the file is replaced atomically, so what it left is whole.
        }

        try
        {
            var current = Read();
            if (current is not null && current.Sequence >= head.Sequence)
            {
                return;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = $"{path}.{Environment.ProcessId}.tmp";
            File.WriteAllText(temporary, string.Create(CultureInfo.InvariantCulture, $"{head.Sequence} {head.Mac}\n"));
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            mutex.ReleaseMutex();
        }
    }

    /// <summary>One mutex per anchor file: its name is derived from the file's full path.</summary>
    private string MutexName =>
        "zhixin-audit-anchor-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(path))))[..32];
}

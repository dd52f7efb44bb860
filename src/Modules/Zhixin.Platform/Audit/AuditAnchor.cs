using System.Globalization;

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
        using var guard = AcquireLock();
        var current = Read();
        if (current is not null && current.Sequence >= head.Sequence)
        {
            return;
        }

        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        File.WriteAllText(temporary, string.Create(CultureInfo.InvariantCulture, $"{head.Sequence} {head.Mac}\n"));
        File.Move(temporary, path, overwrite: true);
    }

    private FileStream AcquireLock()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream($"{path}.lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 200)
            {
                Thread.Sleep(10);
            }
        }
    }
}

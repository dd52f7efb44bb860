namespace Zhixin.Inspection.Sampling;

/// <summary>Compares hashes as unsigned bytes, first byte most significant, as Python compares <c>bytes</c>.</summary>
internal sealed class ByteOrder : IComparer<byte[]>
{
    public static ByteOrder Instance { get; } = new();

    public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
}

using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Zhixin.Platform.Tabular;

/// <summary>
/// Decides how a CSV file is encoded: a byte order mark wins; otherwise the file is UTF-8 only if every byte
/// of it is valid UTF-8, and GB18030 (Excel's "CSV" on Chinese Windows) if not.
/// </summary>
internal static class CsvEncodingDetector
{
    private const int BufferSize = 1 << 16;

    /// <summary>Leaves the stream positioned just after the byte order mark, if any.</summary>
    public static Encoding Detect(Stream stream)
    {
        var (bomEncoding, bomLength) = ReadByteOrderMark(stream);
        if (bomEncoding is not null)
        {
            stream.Position = bomLength;
            return bomEncoding;
        }

        stream.Position = 0;
        var encoding = IsValidUtf8(stream) ? Encoding.UTF8 : TabularEncodings.Gb18030;
        stream.Position = 0;
        return encoding;
    }

    /// <summary>
    /// With the encoding given by the caller, only a byte order mark of that same encoding is skipped; any
    /// other leading bytes are data in the given encoding.
    /// </summary>
    public static void SkipByteOrderMark(Stream stream, Encoding given)
    {
        var (bomEncoding, bomLength) = ReadByteOrderMark(stream);
        stream.Position = bomEncoding is not null && bomEncoding.CodePage == given.CodePage ? bomLength : 0;
    }

    private static (Encoding? Encoding, int Length) ReadByteOrderMark(Stream stream)
    {
        stream.Position = 0;
        Span<byte> head = stackalloc byte[4];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];

        // UTF-32 LE must be tested before UTF-16 LE, whose mark is its prefix.
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (Encoding.UTF32, 4);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Encoding.UTF8, 3);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode, 2);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode, 2);
        }

        return (null, 0);
    }

    /// <summary>
    /// One pass over the file in fixed buffers; a sequence cut by a buffer boundary is carried over to the
    /// next buffer, so only a sequence broken in the file itself counts as invalid.
    /// </summary>
    private static bool IsValidUtf8(Stream stream)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(BufferSize);
        var chars = ArrayPool<char>.Shared.Rent(BufferSize);
        try
        {
            var carried = 0;
            while (true)
            {
                var read = stream.Read(bytes, carried, BufferSize - carried);
                var isFinal = read == 0;
                var pending = bytes.AsSpan(0, carried + read);
                var status = Utf8.ToUtf16(pending, chars, out var consumed, out _, replaceInvalidSequences: false,
                    isFinalBlock: isFinal);
                if (status == OperationStatus.InvalidData)
                {
                    return false;
                }

                if (isFinal)
                {
                    return status == OperationStatus.Done;
                }

                pending[consumed..].CopyTo(bytes);
                carried = pending.Length - consumed;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}

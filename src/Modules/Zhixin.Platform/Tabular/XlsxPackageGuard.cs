using System.Buffers.Binary;
using System.IO.Compression;

namespace Zhixin.Platform.Tabular;

/// <summary>
/// Rejects zip bombs before any part is inflated: too many entries, or more declared uncompressed bytes than
/// allowed. .NET's inflater stops at an entry's declared size, so the declared sizes are a real bound.
/// </summary>
internal static class XlsxPackageGuard
{
    private const uint EndOfCentralDirectorySignature = 0x06054B50;
    private const uint Zip64LocatorSignature = 0x07064B50;
    private const uint Zip64EndOfCentralDirectorySignature = 0x06064B50;
    private const int EndOfCentralDirectoryLength = 22;
    private const int MaxCommentLength = ushort.MaxValue;

    public static void Check(Stream stream, string fileName, TabularReadOptions options)
    {
        // The entry count comes from the end-of-central-directory record first: ZipArchive would otherwise
        // build an object for every one of a few million tiny entries before the count could be checked.
        var declaredEntries = ReadDeclaredEntryCount(stream)
                              ?? throw new TabularFileException("Tabular.NotXlsx", [fileName]);
        if (declaredEntries > options.MaxZipEntries)
        {
            throw TooLarge(fileName, options);
        }

        stream.Position = 0;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > options.MaxZipEntries)
            {
                throw TooLarge(fileName, options);
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (entry.Length < 0 || total > options.MaxUncompressedBytes)
                {
                    throw TooLarge(fileName, options);
                }
            }
        }
        catch (InvalidDataException exception)
        {
            throw new TabularFileException("Tabular.NotXlsx", [fileName], exception);
        }
        finally
        {
            stream.Position = 0;
        }
    }

    private static TabularFileException TooLarge(string fileName, TabularReadOptions options) =>
        new("Tabular.ZipTooLarge", [fileName, options.MaxZipEntries, options.MaxUncompressedBytes]);

    private static long? ReadDeclaredEntryCount(Stream stream)
    {
        var tailLength = (int)Math.Min(stream.Length, EndOfCentralDirectoryLength + MaxCommentLength);
        if (tailLength < EndOfCentralDirectoryLength)
        {
            return null;
        }

        var tail = new byte[tailLength];
        stream.Position = stream.Length - tailLength;
        stream.ReadExactly(tail);

        for (var at = tailLength - EndOfCentralDirectoryLength; at >= 0; at--)
        {
            var record = tail.AsSpan(at);
            if (BinaryPrimitives.ReadUInt32LittleEndian(record) != EndOfCentralDirectorySignature)
            {
                continue;
            }

            var entries = BinaryPrimitives.ReadUInt16LittleEndian(record[10..]);
            if (entries != ushort.MaxValue)
            {
                return entries;
            }

            // 0xFFFF means "see the Zip64 record", whose locator sits right before this record.
            var locatorAt = stream.Length - tailLength + at - 20;
            return locatorAt < 0 ? null : ReadZip64EntryCount(stream, locatorAt);
        }

        return null;
    }

    private static long? ReadZip64EntryCount(Stream stream, long locatorAt)
    {
        Span<byte> locator = stackalloc byte[20];
        stream.Position = locatorAt;
        stream.ReadExactly(locator);
        if (BinaryPrimitives.ReadUInt32LittleEndian(locator) != Zip64LocatorSignature)
        {
            return null;
        }

        var recordAt = BinaryPrimitives.ReadInt64LittleEndian(locator[8..]);
        if (recordAt < 0 || recordAt > stream.Length - 56)
        {
            return null;
        }

        Span<byte> record = stackalloc byte[56];
        stream.Position = recordAt;
        stream.ReadExactly(record);
        if (BinaryPrimitives.ReadUInt32LittleEndian(record) != Zip64EndOfCentralDirectorySignature)
        {
            return null;
        }

        var entries = BinaryPrimitives.ReadInt64LittleEndian(record[32..]);
        return entries < 0 ? long.MaxValue : entries;
    }
}

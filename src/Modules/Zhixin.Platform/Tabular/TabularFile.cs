namespace Zhixin.Platform.Tabular;

/// <summary>Opens an uploaded table, CSV or XLSX, deciding by the file's content rather than its name.</summary>
public static class TabularFile
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] EmptyZipSignature = [0x50, 0x4B, 0x05, 0x06];

    // Excel 97-2003 files are OLE compound documents; so are password-protected .xlsx files.
    private static readonly byte[] CompoundDocumentSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <exception cref="TabularFileException">
    /// The file is not a readable table: Tabular.LegacyXls, Tabular.NotXlsx, Tabular.ZipTooLarge,
    /// Tabular.Malformed, Tabular.NoSheet, Tabular.SheetNotFound, Tabular.CsvMalformed, Tabular.RecordTooLarge.
    /// </exception>
    public static ITabularReader Open(string path, TabularReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= TabularReadOptions.Default;

        var fileName = options.FileName ?? Path.GetFileName(path);
        var extension = Path.GetExtension(fileName);
        var head = ReadHead(path);

        if (head.StartsWith(ZipSignature) || head.StartsWith(EmptyZipSignature))
        {
            return XlsxTabularReader.Open(path, fileName, options);
        }

        // A password-protected .xlsx is a compound document too, so the name decides the message here.
        if (IsXlsxName(extension))
        {
            throw new TabularFileException("Tabular.NotXlsx", [fileName]);
        }

        if (head.StartsWith(CompoundDocumentSignature) || extension.Equals(".xls", StringComparison.OrdinalIgnoreCase))
        {
            throw new TabularFileException("Tabular.LegacyXls", [fileName]);
        }

        return CsvTabularReader.Open(path, fileName, options);
    }

    private static bool IsXlsxName(string extension) =>
        extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase)
        || extension.Equals(".xlsm", StringComparison.OrdinalIgnoreCase)
        || extension.Equals(".xltx", StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<byte> ReadHead(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        var head = new byte[CompoundDocumentSignature.Length];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return head.AsSpan(0, read);
    }
}

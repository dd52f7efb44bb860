using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Zhixin.Platform.Tabular;
using static Zhixin.Tests.Platform.Tabular.XlsxFixture;

namespace Zhixin.Tests.Platform.Tabular;

public sealed class TabularFileTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Open_WhenWorkbookIsNamedCsv_ReadsItAsXlsx()
    {
        var path = temp.File("export.csv");
        WriteSheet(path, Header("名称"), Row(2, Text("A2", "甲")));

        using var reader = TabularFile.Open(path);

        Assert.Equal(TabularFormat.Xlsx, reader.Format);
        Assert.Equal("export.csv", reader.FileName);
    }

    [Fact]
    public void Open_WhenXlsxNameHoldsText_ThrowsNotXlsx()
    {
        var path = temp.File("企业.xlsx");
        File.WriteAllText(path, "名称,地址\n甲,厦门\n", Encoding.UTF8);

        var exception = Assert.Throws<TabularFileException>(() => TabularFile.Open(path));

        Assert.Equal("Tabular.NotXlsx", exception.Key);
        Assert.Equal(["企业.xlsx"], exception.Arguments);
    }

    [Fact]
    public void Open_WhenUploadIsStoredUnderTemporaryName_UsesUploadedNameForDetectionAndMessages()
    {
        var path = temp.File("upload-3f2a.tmp");
        File.WriteAllText(path, "名称\n甲\n", Encoding.UTF8);

        var exception = Assert.Throws<TabularFileException>(
            () => TabularFile.Open(path, new TabularReadOptions { FileName = "企业名单.xlsx" }));

        Assert.Equal("Tabular.NotXlsx", exception.Key);
        Assert.Equal(["企业名单.xlsx"], exception.Arguments);
        using var reader = TabularFile.Open(path, new TabularReadOptions { FileName = "企业名单.csv" });
        Assert.Equal("企业名单.csv", reader.FileName);
    }

    [Fact]
    public void Open_WhenFileIsNamedXls_ThrowsLegacyXls()
    {
        var path = temp.File("企业.xls");
        File.WriteAllBytes(path, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]);

        var exception = Assert.Throws<TabularFileException>(() => TabularFile.Open(path));

        Assert.Equal("Tabular.LegacyXls", exception.Key);
        Assert.Contains("另存为", exception.Describe(new System.Globalization.CultureInfo("zh-CN")), StringComparison.Ordinal);
        Assert.Contains("Excel 97-2003", exception.Describe(new System.Globalization.CultureInfo("en")), StringComparison.Ordinal);
    }

    [Fact]
    public void Open_WhenCompoundDocumentHasNoExtension_ThrowsLegacyXls()
    {
        var path = temp.File("upload");
        File.WriteAllBytes(path, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]);

        Assert.Equal("Tabular.LegacyXls", Assert.Throws<TabularFileException>(() => TabularFile.Open(path)).Key);
    }

    [Fact]
    public void Open_WhenZipIsTruncated_ThrowsNotXlsx()
    {
        var path = temp.File("cut.xlsx");
        WriteSheet(path, Header("名称"), Row(2, Text("A2", "甲")));
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var exception = Assert.Throws<TabularFileException>(() => TabularFile.Open(path));

        Assert.Equal("Tabular.NotXlsx", exception.Key);
    }

    [Fact]
    public void OpenAndRead_WhenCompressedSheetDataIsCorrupt_ThrowsMalformedOrNotXlsx()
    {
        var path = temp.File("corrupt.xlsx");
        WriteSheet(path, [Header("名称", "地址"),
            .. Enumerable.Range(2, 3_000).Select(n => Row((uint)n, Text($"A{n}", $"企业{n}"), Text($"B{n}", $"地址{n * 7919}")))]);
        var bytes = File.ReadAllBytes(path);
        var sheetData = FindEntryData(bytes, FirstSheetPartName(path));
        Array.Fill(bytes, (byte)0x5A, sheetData + 200, 400);
        File.WriteAllBytes(path, bytes);

        var exception = Assert.Throws<TabularFileException>(() =>
        {
            using var reader = TabularFile.Open(path);
            _ = reader.Rows().ToList();
        });

        Assert.Contains(exception.Key, (string[])["Tabular.Malformed", "Tabular.NotXlsx"]);
        Assert.NotNull(exception.InnerException);
    }

    [Fact]
    public void OpenAndRead_WhenRandomBytesAreDamaged_ThrowsOnlyTabularFileException()
    {
        var template = temp.File("template.xlsx");
        Write(template, workbook =>
        {
            AddStyles(workbook);
            AddSharedStrings(workbook, new DocumentFormat.OpenXml.Spreadsheet.SharedStringItem(
                new DocumentFormat.OpenXml.Spreadsheet.Text("福建省厦门市某某有限公司")));
            AddSheet(workbook, "企业",
                [Header("名称", "成立日期"), .. Enumerable.Range(2, 200).Select(n => Row((uint)n, Shared($"A{n}", 0), Number($"B{n}", "45292", DateStyle)))],
                new DocumentFormat.OpenXml.Spreadsheet.MergeCells(
                    new DocumentFormat.OpenXml.Spreadsheet.MergeCell { Reference = "A3:B3" }));
        });
        var original = File.ReadAllBytes(template);
        var random = new Random(20_240_101);
        var path = temp.File("damaged.xlsx");

        for (var attempt = 0; attempt < 300; attempt++)
        {
            var bytes = (byte[])original.Clone();
            var at = random.Next(bytes.Length);
            for (var i = at; i < Math.Min(bytes.Length, at + random.Next(1, 16)); i++)
            {
                bytes[i] = (byte)random.Next(256);
            }

            File.WriteAllBytes(path, bytes);
            try
            {
                using var reader = TabularFile.Open(path);
                _ = reader.Rows().Count();
                _ = reader.FileIssues.Count;
            }
            catch (TabularFileException)
            {
                // The expected outcome for most damage; damage to unused bytes may also go unnoticed.
            }
        }
    }

    [Fact]
    public void Open_WhenZipIsNotASpreadsheet_ThrowsNotXlsx()
    {
        var path = temp.File("other.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("not a workbook");
        }

        Assert.Equal("Tabular.NotXlsx", Assert.Throws<TabularFileException>(() => TabularFile.Open(path)).Key);
    }

    [Fact]
    public void Open_WhenDeclaredUncompressedSizeExceedsLimit_ThrowsZipTooLarge()
    {
        var path = temp.File("big.xlsx");
        WriteSheet(path, Header("名称"), Row(2, Text("A2", new string('甲', 50_000))));

        var exception = Assert.Throws<TabularFileException>(
            () => TabularFile.Open(path, new TabularReadOptions { MaxUncompressedBytes = 100_000 }));

        Assert.Equal("Tabular.ZipTooLarge", exception.Key);
    }

    [Fact]
    public void Open_WhenPackageHasTooManyEntries_ThrowsZipTooLarge()
    {
        var path = temp.File("many.xlsx");
        WriteSheet(path, Header("名称"));
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            for (var i = 0; i < 50; i++)
            {
                zip.CreateEntry($"filler/{i}.bin");
            }
        }

        var exception = Assert.Throws<TabularFileException>(
            () => TabularFile.Open(path, new TabularReadOptions { MaxZipEntries = 20 }));

        Assert.Equal("Tabular.ZipTooLarge", exception.Key);
        Assert.Equal(["many.xlsx", 20, 4L << 30], exception.Arguments);
    }

    [Fact]
    public void Open_WhenZip64DirectoryDeclaresTooManyEntries_ThrowsZipTooLargeBeforeListingThem()
    {
        // Past 65,534 entries the classic end record says 0xFFFF and the real count is in the Zip64 record.
        var path = temp.File("zip64.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            for (var i = 0; i < 70_000; i++)
            {
                zip.CreateEntry(i.ToString(System.Globalization.CultureInfo.InvariantCulture), CompressionLevel.NoCompression);
            }
        }

        var bytes = File.ReadAllBytes(path);
        Assert.Equal(0xFFFF, BitConverter.ToUInt16(bytes, bytes.Length - 22 + 10));

        var exception = Assert.Throws<TabularFileException>(() => TabularFile.Open(path));

        Assert.Equal("Tabular.ZipTooLarge", exception.Key);
    }

    [Theory]
    [InlineData(null, "Tabular.Malformed")]
    [InlineData("xl/workbook.xml", "Tabular.Malformed")]
    [InlineData("[Content_Types].xml", "Tabular.NotXlsx")]
    public void Open_WhenPartDeclaresExternalEntity_RejectsWithoutResolvingIt(string? partName, string expectedKey)
    {
        // The entity points at a listener of our own: had the parser resolved it, the listener would see a
        // connection, and a file entity would put the secret into a cell.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var secret = temp.File("secret.txt");
        File.WriteAllText(secret, "XXE-SECRET");

        var path = temp.File("xxe.xlsx");
        WriteSheet(path, Header("名称"), Row(2, Text("A2", "PLACEHOLDER")));
        partName ??= FirstSheetPartName(path);
        ReplacePart(path, partName, xml =>
        {
            var prologEnd = xml.IndexOf("?>", StringComparison.Ordinal) + 2;
            var doctype = $"<!DOCTYPE x [<!ENTITY web SYSTEM \"http://127.0.0.1:{port}/xxe\">" +
                          $"<!ENTITY file SYSTEM \"{new Uri(secret).AbsoluteUri}\">]>";
            return xml[..prologEnd] + doctype + xml[prologEnd..].Replace("PLACEHOLDER", "&web;&file;", StringComparison.Ordinal);
        });

        var exception = Assert.Throws<TabularFileException>(() =>
        {
            using var reader = TabularFile.Open(path);
            _ = reader.Rows().ToList();
        });

        Assert.Equal(expectedKey, exception.Key);
        Assert.IsType<System.Xml.XmlException>(exception.InnerException);
        Assert.DoesNotContain("XXE-SECRET", exception.ToString(), StringComparison.Ordinal);
        Assert.False(listener.Pending(), "the external entity was fetched");
    }

    [Fact]
    public void Open_WhenPathIsEmpty_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => TabularFile.Open(string.Empty));

    /// <summary>Where an entry's compressed bytes start: after its local header, name and extra field.</summary>
    private static int FindEntryData(byte[] zip, string entryName)
    {
        var name = Encoding.UTF8.GetBytes(entryName);
        for (var at = 0; at < zip.Length - 30; at++)
        {
            if (zip[at] == 0x50 && zip[at + 1] == 0x4B && zip[at + 2] == 0x03 && zip[at + 3] == 0x04
                && zip.AsSpan(at + 30).StartsWith(name))
            {
                var nameLength = BitConverter.ToUInt16(zip, at + 26);
                var extraLength = BitConverter.ToUInt16(zip, at + 28);
                return at + 30 + nameLength + extraLength;
            }
        }

        throw new InvalidOperationException(entryName + " not found");
    }
}

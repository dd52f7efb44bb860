using Zhixin.Inspection.Features.ImportResults;
using Zhixin.Platform.Tabular;

namespace Zhixin.Tests.Inspection.Batches;

/// <summary>Results files as a lab would send them, written with the platform's own .xlsx writer.</summary>
internal static class ResultFiles
{
    public const string Lab = "福建省产品质量检验研究院";

    /// <summary>A row of the template's columns: number, item, clause, requirement, measured, verdict, lab, report, date.</summary>
    public static string?[] Row(string number, string item, string? verdict, string report = "R-1", string date = "2026-06-01", string lab = Lab) =>
        [number, item, "GB/T 5023.3-2008 第 2.4 条", "≤ 7.41 Ω/km", verdict == "不合格" ? "7.95 Ω/km" : "7.30 Ω/km", verdict, lab, report, date];

    /// <summary>The header (row 1) and the rows after it (row 2 on).</summary>
    public static byte[] Xlsx(params string?[][] rows)
    {
        using var file = new MemoryStream();
        using (var writer = TabularWriter.Create(file, TabularFormat.Xlsx, ResultColumns.Headers))
        {
            foreach (var row in rows)
            {
                writer.WriteRow(row);
            }
        }

        return file.ToArray();
    }

    public static HttpRequestMessage Post(string url, byte[] xlsx) => new(HttpMethod.Post, url)
    {
        Content = new ByteArrayContent(xlsx) { Headers = { ContentType = new(ImportResultsEndpoint.XlsxMediaType) } },
    };
}

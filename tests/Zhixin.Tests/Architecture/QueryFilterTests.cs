using System.Text.RegularExpressions;

namespace Zhixin.Tests.Architecture;

public sealed partial class QueryFilterTests
{
    /// <summary>
    /// IgnoreQueryFilters switches the region scope off for the WHOLE query (joins included), so each use is
    /// a deliberate, reviewed exception: a uniqueness check that must see every record, and returns no data.
    /// </summary>
    private static readonly Dictionary<string, string> Allowed = new()
    {
        ["src/Modules/Zhixin.Register/Features/CreateEnterprise/CreateEnterprise.cs"] = "a credit code is unique across all regions",
        ["src/Modules/Zhixin.Register/Features/CreateProduct/CreateProduct.cs"] = "a GTIN is unique across all regions",
        ["src/Modules/Zhixin.Register/Features/ImportEnterprises/ImportEnterprises.cs"] = "duplicate check of imported codes against the whole register",
        ["src/Modules/Zhixin.Inspection/Features/CreateSpotCheckPlan/CreateSpotCheckPlan.cs"] = "plan codes are unique among voided plans too (only the voided filter is lifted; plans are not region-scoped)",
        ["src/Modules/Zhixin.Inspection/Features/GetBatch/GetBatch.cs"] = "a batch names its plan even when the plan was voided (only the voided filter is lifted)",
        ["src/Modules/Zhixin.Inspection/Features/RecordSampling/RecordSampling.cs"] = "a sampling number is unique across all regions; returns no data",
        ["src/Modules/Zhixin.Inspection/Features/AddInspector/AddInspector.cs"] = "a badge number (执法证号) is unique across all regions; returns no data",
        ["src/Modules/Zhixin.Inspection/Features/ListPublicResults/ListPublicResults.cs"] = "the public list (公示) shows published results of every region to anyone: only the region filter is lifted, publication is always required, public columns only (and a voided plan still names its organiser)",
        ["src/Modules/Zhixin.Inspection/Features/PassRateSummary/PassRateSummaryBuilder.cs"] = "the pre-aggregate is counted over every region's batches for every region's rows (a system job); readers get its rows through the region filter",
        ["src/Modules/Zhixin.Register/Data/RegisterDemoData.cs"] = "demo data goes only into an empty register, whoever's region",
        ["src/Modules/Zhixin.Credit/Features/VoidCreditRecord/VoidCreditRecord.cs"] = "only the voided filter is lifted, to answer 409 for a record voided before rather than 404; the region filter still hides another county's record",
        ["src/Modules/Zhixin.Credit/Features/GetCreditFile/GetCreditFile.cs"] = "only the voided filter is lifted: a credit file shows its voided records with their reasons; the region and enterprise filters still apply",
        ["src/Modules/Zhixin.Credit/Features/ReceiveBatchFailed/BatchFailedSubscriber.cs"] = "only the voided filter is lifted: a batch whose record was voided must not come back on a second delivery; returns no data",
        ["src/Modules/Zhixin.Credit/Features/RaiseObjection/RaiseObjection.cs"] = "only the voided filter is lifted, to answer 409 for an objection to a voided record rather than 404; the region and enterprise filters still apply",
        ["src/Modules/Zhixin.Credit/Features/ApplyForRepair/ApplyForRepair.cs"] = "only the voided filter is lifted, to answer 409 for a repair of a voided record rather than 404; the region and enterprise filters still apply",
        ["src/Modules/Zhixin.Credit/Sharing/CreditChangeCapture.cs"] = "only the region filter is lifted, to compare a new assessment's grade with the firm's previous one (any region, the firm may have moved); returns a grade and a score to the change log, never to a caller",
        ["src/Modules/Zhixin.Credit/Features/Rescore/RescoreAll.cs"] = "only the voided filter is lifted: a firm whose records were all voided is scored again too (a system job); reads credit codes only",
    };

    [Fact]
    public void IgnoreQueryFilters_WhenUsedInSource_IsAReviewedException()
    {
        var root = RepositoryRoot();
        var uses = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => IgnoreFilters().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .ToList();

        var unreviewed = uses.Where(u => !Allowed.ContainsKey(u)).ToList();

        Assert.Empty(unreviewed);
    }

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Zhixin.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Zhixin.slnx) was not found above the test binaries.");
    }

    [GeneratedRegex(@"\.IgnoreQueryFilters\(")]
    private static partial Regex IgnoreFilters();
}

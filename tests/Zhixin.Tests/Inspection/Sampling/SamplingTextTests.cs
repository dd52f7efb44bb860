using System.Collections;
using System.Globalization;
using System.Resources;
using Zhixin.Inspection;
using Zhixin.Inspection.Sampling;

namespace Zhixin.Tests.Inspection.Sampling;

/// <summary>A missing resource falls back to the bare key, which is what an official would then read.</summary>
public sealed class SamplingTextTests
{
    [Fact]
    public void Resources_WhenSamplingKeyWrittenInChinese_IsWrittenInEnglishToo()
    {
        var chinese = SamplingKeys(CultureInfo.InvariantCulture);

        Assert.Contains("Sampling.Draw.TooFewFirms", chinese);
        Assert.Equal(chinese, SamplingKeys(CultureInfo.GetCultureInfo("en")));
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public void Explanation_WhenAnyRiskLevel_NamesTheLevelInWords(string culture)
    {
        var cells = Enum.GetValues<ProductRiskLevel>().Select(level => new AllocationCell("P", level.ToString(), level, CreditClassCounts.Unclassified(2))).ToList();
        var result = SampleAllocatorTests.Allocated(3, cells, AllocationOptions.Default);

        using var scope = new CultureScope(culture);
        Assert.All(result.Cells, cell => Assert.DoesNotContain("Sampling.", cell.Explanation.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public void Problem_WhenFieldInvalid_NamesTheFieldInWords(string culture)
    {
        var request = DrawPools.Request(1) with
        {
            Firms = [.. DrawPools.Firms, new DrawFirm("X", "X", "35\n", CreditClass.B)],
            Inspectors = [.. DrawPools.Inspectors, new DrawInspector(string.Empty, "Y", "Y", "350203")],
        };

        var problems = DrawPool.Create(request).Problems;

        using var scope = new CultureScope(culture);
        Assert.Equal(2, problems.Count);
        Assert.All(problems, problem => Assert.DoesNotContain("Sampling.", problem.Message, StringComparison.Ordinal));
    }

    private static SortedSet<string> SamplingKeys(CultureInfo culture)
    {
        var resources = new ResourceManager("Zhixin.Inspection.InspectionText", typeof(InspectionText).Assembly);
        var set = resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!;
        return new SortedSet<string>(
            set.Cast<DictionaryEntry>().Select(entry => (string)entry.Key).Where(key => key.StartsWith("Sampling.", StringComparison.Ordinal)),
            StringComparer.Ordinal);
    }
}

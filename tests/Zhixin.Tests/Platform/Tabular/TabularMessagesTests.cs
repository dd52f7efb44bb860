using System.Globalization;
using System.Text.RegularExpressions;
using Zhixin.Platform.Resources;

namespace Zhixin.Tests.Platform.Tabular;

public sealed partial class TabularMessagesTests
{
    private static readonly CultureInfo Chinese = new("zh-CN");
    private static readonly CultureInfo English = new("en");

    public static TheoryData<string> Keys() =>
    [
        "Tabular.CellError", "Tabular.CsvMalformed", "Tabular.ExtraCells", "Tabular.Formula", "Tabular.LegacyXls",
        "Tabular.Malformed", "Tabular.MergedCells", "Tabular.NoSheet", "Tabular.NotXlsx",
        "Tabular.NumberLosesDigits", "Tabular.RecordTooLarge", "Tabular.SheetNotFound", "Tabular.ZipTooLarge",
    ];

    [Theory]
    [MemberData(nameof(Keys))]
    public void Get_WhenTabularKey_HasChineseAndEnglishTextWithSamePlaceholders(string key)
    {
        var chinese = PlatformText.Get(Chinese, key);
        var english = PlatformText.Get(English, key);

        Assert.NotEqual(key, chinese);
        Assert.NotEqual(chinese, english);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", chinese);
        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", english);
        Assert.Equal(Placeholders(chinese), Placeholders(english));

        object[] arguments = [.. Enumerable.Range(0, 6).Select(i => (object)(1000L + i))];
        Assert.NotEmpty(PlatformText.Format(Chinese, key, arguments));
        Assert.NotEmpty(PlatformText.Format(English, key, arguments));
    }

    private static string[] Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(match => match.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}

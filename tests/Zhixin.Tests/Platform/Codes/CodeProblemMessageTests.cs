using System.Collections;
using System.Globalization;
using System.Resources;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Resources;

namespace Zhixin.Tests.Platform.Codes;

/// <summary>
/// Every problem key the parsers in Codes/ produce must read as a sentence in both languages; a missing
/// resource falls back to the bare key, which is what a user would then see.
/// </summary>
public sealed class CodeProblemMessageTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>Every key in Codes/ (from a grep of its CodeProblem constructions) and an input that yields it.</summary>
    public static TheoryData<string, string, string?> Cases => new()
    {
        { "Code.Empty", "Exception", null },
        { "CreditCode.Empty", "CreditCode", "" },
        { "CreditCode.Length", "CreditCode", "91440300192203821" },
        { "CreditCode.InvalidCharacter", "CreditCode", "91440300I92203821" + "6" },
        { "CreditCode.RegionNotDigits", "CreditCode", "91A403001922038216" },
        { "CreditCode.CheckCharacter", "CreditCode", "91350100M000100Y4Y" },
        { "CreditCode.OrgCodeCheckCharacter", "CreditCode", "9144030019220382" + "2" + ReferenceCheckCharacters.Gb32100("91440300192203822") },
        { "OrgCode.Empty", "OrgCode", " " },
        { "OrgCode.Length", "OrgCode", "19220382" },
        { "OrgCode.InvalidCharacter", "OrgCode", "1922038*-1" },
        { "OrgCode.InvalidCheckCharacter", "OrgCode", "19220382-A" },
        { "OrgCode.CheckCharacter", "OrgCode", "19220382-2" },
        { "RegionCode.Empty", "RegionCode", "" },
        { "RegionCode.InvalidCharacter", "RegionCode", "3603O2" },
        { "RegionCode.Length", "RegionCode", "36030" },
        { "RegionCode.Unknown", "RegionCode", "350199" },
        { "Gtin.Empty", "Gtin", "" },
        { "Gtin.InvalidCharacter", "Gtin", "69012345678X2" },
        { "Gtin.Length", "Gtin", "6901234567" },
        { "Gtin.CheckDigit", "Gtin", "6901234567893" },
        { "Gln.Empty", "Gln", "" },
        { "Gln.InvalidCharacter", "Gln", "690123456789A" },
        { "Gln.Length", "Gln", "06901234567892" },
        { "Gln.CheckDigit", "Gln", "6901234567890" },
    };

    /// <summary>The inputs of <see cref="Cases"/>; the message tests take the key from the problem itself.</summary>
    public static TheoryData<string, string?> Inputs
    {
        get
        {
            var inputs = new TheoryData<string, string?>();
            foreach (var row in Cases)
            {
                var (_, kind, input) = row.Data;
                inputs.Add(kind, input);
            }

            return inputs;
        }
    }

    private static CodeProblem? ProblemOf(string kind, string? input) => kind switch
    {
        "Exception" => new CodeFormatException().Problem,
        "CreditCode" => CreditCode.Parse(input).Problem,
        "OrgCode" => OrgCode.Parse(input).Problem,
        "RegionCode" => RegionCode.Parse(input).Problem,
        "Gtin" => Gtin.Parse(input).Problem,
        "Gln" => Gln.Parse(input).Problem,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No parser of that name."),
    };

    // Guards the table below: each input must really produce the key it stands for.
    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_WhenCaseInput_ProducesItsKey(string key, string kind, string? input)
    {
        Assert.Equal(key, ProblemOf(kind, input)?.Key);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Describe_WhenChinese_IsNotTheKey(string kind, string? input)
    {
        var problem = ProblemOf(kind, input)!;

        Assert.NotEqual(problem.Key, problem.Describe(Chinese));
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Describe_WhenEnglish_IsNotTheKey(string kind, string? input)
    {
        var problem = ProblemOf(kind, input)!;

        Assert.NotEqual(problem.Key, problem.Describe(English));
    }

    // If the English satellite assembly were missing, English would silently fall back to the Chinese text.
    [Theory]
    [MemberData(nameof(Inputs))]
    public void Describe_WhenEnglishAndChinese_Differ(string kind, string? input)
    {
        var problem = ProblemOf(kind, input)!;

        Assert.NotEqual(problem.Describe(Chinese), problem.Describe(English));
    }

    // A placeholder left standing ("{1}") means the message wants more arguments than the code passes.
    [Theory]
    [MemberData(nameof(Inputs))]
    public void Describe_WhenFormatted_LeavesNoPlaceholder(string kind, string? input)
    {
        var problem = ProblemOf(kind, input)!;

        Assert.DoesNotContain("{", problem.Describe(Chinese) + problem.Describe(English), StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_WhenCheckCharacterProblem_NamesExpectedCharacterInBothLanguages()
    {
        var problem = CreditCode.Parse("91350100M0001TGQXM").Problem!;

        Assert.Contains("“1”", problem.Describe(Chinese), StringComparison.Ordinal);
        Assert.Contains("'1'", problem.Describe(English), StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_WhenForbiddenLetter_NamesPositionAndLetter()
    {
        var problem = CreditCode.Parse("91440300I922038216").Problem!;

        Assert.Equal(
            "Character 9 of the unified social credit code, 'I', is not in the GB 32100 character set (digits and capitals except I, O, Z, S, V)",
            problem.Describe(English));
    }

    // Every code key of the neutral (Chinese) resources must exist in English as well, including keys that no
    // parser produces yet.
    [Fact]
    public void ResourceSets_WhenCodeKeysCompared_EnglishHasEveryChineseKey()
    {
        var resources = new ResourceManager("Zhixin.Platform.Resources.PlatformText", typeof(PlatformText).Assembly);
        string[] prefixes = ["Code.", "CreditCode.", "OrgCode.", "RegionCode.", "Gtin.", "Gln."];

        var chineseKeys = KeysOf(resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false))
            .Where(key => prefixes.Any(prefix => key.StartsWith(prefix, StringComparison.Ordinal)))
            .ToList();
        var englishKeys = KeysOf(resources.GetResourceSet(English, createIfNotExists: true, tryParents: false));

        // Without the first assertion an unreadable neutral set would make the comparison vacuous.
        Assert.NotEmpty(chineseKeys);
        Assert.Empty(chineseKeys.Except(englishKeys));
    }

    private static List<string> KeysOf(ResourceSet? set) =>
        set is null ? [] : set.Cast<DictionaryEntry>().Select(entry => (string)entry.Key).ToList();
}

using System.Text.RegularExpressions;
using Zhixin.Plans;
using Zhixin.Plans.Alignment;

namespace Zhixin.Tests.Plans.Alignment;

/// <summary>
/// Test-only stand-in for the document parser: the task items of a demo plan, one per line that opens with a
/// Chinese item number such as (一). English lines of the bilingual national copy open with "( a )" and so are
/// skipped. Integration tests will use the real parser instead.
/// </summary>
internal static partial class DemoPlanTasks
{
    public static IReadOnlyList<AlignmentItem> Read(string fileName)
    {
        using var stream = typeof(PlansModule).Assembly.GetManifestResourceStream($"Zhixin.Plans.Demo.{fileName}")
            ?? throw new InvalidOperationException($"No demo plan {fileName}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd()
            .Split('\n')
            .Select(line => TaskLine().Match(line))
            .Where(match => match.Success)
            .Select(match => Item(match.Groups["number"].Value, match.Groups["body"].Value.Trim()))
            .ToList();
    }

    private static AlignmentItem Item(string number, string body)
    {
        var titleEnd = body.IndexOf('。', StringComparison.Ordinal);
        var title = titleEnd < 0 ? body : body[..titleEnd];
        return new AlignmentItem(number, $"({number})", title, body);
    }

    [GeneratedRegex(@"^\s*[(（](?<number>[一二三四五六七八九十]+)[)）](?<body>.+)$")]
    private static partial Regex TaskLine();
}

using Zhixin.Platform.Regions;
using Zhixin.Platform.Scoping;

namespace Zhixin.Register.Pages;

/// <summary>One option of a region select: the code and its name, indented by its depth below the caller's region.</summary>
internal sealed record RegionChoice(string Code, string Label);

internal static class RegionChoices
{
    /// <summary>
    /// The caller's own region and every region below it, the only ones its records can carry. Empty for a
    /// caller without a region (an enterprise account), whose forms then take a six-digit code as text.
    /// </summary>
    public static IReadOnlyList<RegionChoice> For(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var own = caller.RegionCode is { } code ? RegionTable.Default.Find(code) : null;
        var choices = new List<RegionChoice>();
        if (own is not null)
        {
            Add(own, 0, choices);
        }

        return choices;
    }

    private static void Add(Region region, int depth, List<RegionChoice> choices)
    {
        choices.Add(new RegionChoice(region.Code, depth == 0 ? region.FullName : new string('\u3000', depth) + region.Name));
        foreach (var child in RegionTable.Default.ChildrenOf(region))
        {
            Add(child, depth + 1, choices);
        }
    }
}

namespace Zhixin.Inspection.NetContent;

/// <summary>The edition a lot was judged by and why that one: in force on the check date, or named by the caller.</summary>
internal sealed record EditionChoice(
    string Id,
    string Title,
    DateOnly EffectiveFrom,
    bool Verified,
    string Source,
    string BandEdges,
    string RoundingNote,
    DateOnly CheckDate,
    bool ChosenExplicitly);

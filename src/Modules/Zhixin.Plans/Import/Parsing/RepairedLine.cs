namespace Zhixin.Plans.Import.Parsing;

/// <summary>A line after mojibake repair: whether anything was repaired, and the excerpts that stayed unreadable.</summary>
internal sealed record RepairedLine(string Text, bool Repaired, IReadOnlyList<string> Unreadable);

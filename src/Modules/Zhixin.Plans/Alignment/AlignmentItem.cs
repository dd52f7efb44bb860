namespace Zhixin.Plans.Alignment;

/// <summary>A task of one plan as the aligner sees it: a stable key, its number as written ("(一)"), title and text.</summary>
internal sealed record AlignmentItem(string Key, string Number, string Title, string Text);

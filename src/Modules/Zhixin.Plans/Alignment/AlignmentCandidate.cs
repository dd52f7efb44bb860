namespace Zhixin.Plans.Alignment;

/// <summary>A provincial task and its similarity to some national task.</summary>
internal sealed record AlignmentCandidate(string LowerKey, double Similarity);

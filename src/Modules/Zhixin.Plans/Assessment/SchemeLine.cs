namespace Zhixin.Plans.Assessment;

/// <summary>One line of a scheme: <see cref="Weight"/> points out of 100, earned on <see cref="Basis"/>.</summary>
internal sealed record SchemeLine(string Key, string Label, decimal Weight, ScoreBasis Basis);

namespace Zhixin.Plans.Import.Parsing;

/// <summary>What the header of a plan says about it; <see cref="TitleLine"/> is a 0-based index, -1 when no title was found.</summary>
internal sealed record PlanMetadata(string? Title, int TitleLine, string? DocumentNumber, string? Issuer, DateOnly? IssuedOn);

namespace Zhixin.Plans.Domain;

/// <summary>
/// One version of a scoring scheme for assessment (考核). Versions are never changed: editing a scheme adds a
/// version, and every assessment run names the version it used.
/// </summary>
internal sealed class AssessmentSchemeVersion
{
    public required string Code { get; init; }

    public int Version { get; init; }

    public DateOnly EffectiveFrom { get; init; }

    /// <summary>The scheme as JSON (Assessment/AssessmentScheme).</summary>
    public required string Json { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public required string CreatedBy { get; init; }
}

namespace Zhixin.Platform.Data;

/// <summary>
/// Regulatory records are never deleted: they are voided with who, when and why, and disappear from
/// ordinary queries through a named query filter.
/// </summary>
public interface IVoidable
{
    DateTimeOffset? VoidedAt { get; }

    string? VoidedBy { get; }

    string? VoidReason { get; }
}

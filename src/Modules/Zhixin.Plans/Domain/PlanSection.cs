namespace Zhixin.Plans.Domain;

/// <summary>A top-level part of a plan (一、二、…), numbered as the document numbers it.</summary>
internal sealed class PlanSection
{
    public Guid Id { get; init; }

    public Guid PlanId { get; init; }

    public int Ordinal { get; init; }

    public required string Number { get; init; }

    public required string Title { get; init; }
}

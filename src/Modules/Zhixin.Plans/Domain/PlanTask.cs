namespace Zhixin.Plans.Domain;

/// <summary>One task item of a plan, with the departments that lead it, join it or answer for it.</summary>
internal sealed class PlanTask
{
    public Guid Id { get; init; }

    public Guid PlanId { get; init; }

    public int Ordinal { get; init; }

    /// <summary>The number of the section the task is in, as written ("一").</summary>
    public required string SectionNumber { get; init; }

    /// <summary>The task's number as written: "(一)" or "1".</summary>
    public required string Number { get; init; }

    /// <summary>The first sentence.</summary>
    public required string Title { get; init; }

    public required string Text { get; init; }

    /// <summary>The English line(s) of a bilingual copy.</summary>
    public string? Translation { get; init; }

    public List<TaskAssignment> Assignments { get; init; } = [];
}

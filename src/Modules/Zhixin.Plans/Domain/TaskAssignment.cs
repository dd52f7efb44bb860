namespace Zhixin.Plans.Domain;

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<AssignmentRole>))]
internal enum AssignmentRole
{
    /// <summary>牵头: leads the task and sees its participants' reports.</summary>
    Lead = 1,

    /// <summary>参加 / 配合.</summary>
    Participant = 2,

    /// <summary>负责, where the document makes no split between lead and participants.</summary>
    Responsible = 3,
}

/// <summary>A department named by a task, in the role the text gives it, matched to the department table.</summary>
internal sealed class TaskAssignment
{
    public Guid TaskId { get; init; }

    public int Ordinal { get; init; }

    public AssignmentRole Role { get; init; }

    public required string DepartmentCode { get; init; }

    /// <summary>The name exactly as the document writes it.</summary>
    public required string NameAsWritten { get; init; }

    /// <summary>True when the name matched no department and a flagged entry was created for a person to confirm or merge.</summary>
    public bool DepartmentIsNew { get; init; }
}

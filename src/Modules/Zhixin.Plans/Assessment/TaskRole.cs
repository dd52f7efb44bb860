namespace Zhixin.Plans.Assessment;

/// <summary>An assessee's part in a task, as the plan assigns it.</summary>
internal enum TaskRole
{
    /// <summary>牵头: leads the task; weighs more in completion.</summary>
    Lead,

    /// <summary>参加, 配合: takes part.</summary>
    Participant,

    /// <summary>负责 where the plan makes no split between lead and participants.</summary>
    Responsible,
}

namespace Zhixin.Plans.Import.Parsing;

/// <summary>The part a department plays in a task, as the department clause states it.</summary>
internal enum DepartmentRole
{
    Lead,
    Participant,
    Responsible,
}

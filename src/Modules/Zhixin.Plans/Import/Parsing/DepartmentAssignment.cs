namespace Zhixin.Plans.Import.Parsing;

/// <summary>
/// The departments of one task by role, plus what the clause says about ordering: "列第一位者为牵头部门"
/// (<see cref="FirstListedLeads"/>) and whether that holds for the following tasks too ("下同").
/// </summary>
internal sealed record DepartmentAssignment(
    IReadOnlyList<string> Lead,
    IReadOnlyList<string> Participants,
    IReadOnlyList<string> Responsible,
    bool FirstListedLeads,
    bool AppliesToFollowing)
{
    public bool IsEmpty => Lead.Count == 0 && Participants.Count == 0 && Responsible.Count == 0;

    /// <summary>Where the text says the first listed leads: the first responsible body leads, the rest take part.</summary>
    public DepartmentAssignment WithFirstListedLeading()
    {
        if (Lead.Count > 0 || Responsible.Count == 0)
        {
            return this;
        }

        return this with { Lead = [Responsible[0]], Participants = [.. Responsible.Skip(1), .. Participants], Responsible = [] };
    }
}

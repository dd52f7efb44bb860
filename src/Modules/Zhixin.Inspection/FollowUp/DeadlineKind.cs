namespace Zhixin.Inspection.FollowUp;

/// <summary>What a deadline rule asks for, which decides how a missed date reads.</summary>
internal enum DeadlineKind
{
    /// <summary>A step is due by the last day (and, with an earliest day, not before it); missing it is overdue.</summary>
    Deadline,

    /// <summary>The firm may take the step until the last day; not taking it lets the right lapse, nothing is overdue.</summary>
    Right,

    /// <summary>At the last day the anchor counts as done (公告送达 counts as served); the step may come earlier.</summary>
    Deemed,

    /// <summary>The step may be taken from the earliest day on, with no last day.</summary>
    NotBefore,
}

using System.Text.Json.Serialization;

namespace Zhixin.Inspection.FollowUp;

/// <summary>Where a deadline stands on the day the clock is read.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DeadlineStatus>))]
internal enum DeadlineStatus
{
    /// <summary>The step the deadline counts from has not been taken, so there is no date yet.</summary>
    NotStarted,

    /// <summary>Running, with more than the due-soon margin left (or a window not yet open).</summary>
    NotYetDue,

    /// <summary>Running, and the last day is within the due-soon margin (today included).</summary>
    DueSoon,

    /// <summary>May be taken now; the rule sets no last day.</summary>
    Open,

    /// <summary>Taken on time; the line carries the date.</summary>
    Met,

    /// <summary>Taken before the window opened.</summary>
    Early,

    /// <summary>Taken after the last day.</summary>
    MetLate,

    /// <summary>Not taken and the last day has passed.</summary>
    Overdue,

    /// <summary>A right of the firm (objection) not used before its last day: the result stands; nothing is overdue.</summary>
    Lapsed,

    /// <summary>Does not apply to this batch (e.g. no second re-inspection after a passed first one).</summary>
    NotApplicable,
}

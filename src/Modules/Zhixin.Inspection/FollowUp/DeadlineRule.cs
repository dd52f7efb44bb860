using Zhixin.Platform.Calendar;

namespace Zhixin.Inspection.FollowUp;

/// <summary>
/// One deadline of the follow-up, as data: <see cref="Days"/> days of <see cref="DayKind"/> counted from the day
/// after its anchor (a step, or the last day of another rule), met by the step <see cref="MetBy"/>. A window has
/// <see cref="EarliestDays"/> as well. <see cref="Verified"/> is true only where the rule was checked against a
/// quoted source; <see cref="Basis"/> says where it comes from.
/// </summary>
internal sealed record DeadlineRule(
    string Id,
    string Name,
    DeadlineKind Kind,
    DayKind DayKind,
    FollowUpStepKind MetBy,
    string Basis,
    bool Verified,
    string Edition,
    int? Days = null,
    int? EarliestDays = null,
    FollowUpStepKind? AnchorStep = null,
    string? AnchorRule = null,
    DateOnly? EffectiveFrom = null,
    string? Note = null)
{
    /// <summary>The last day, or null for a rule without one.</summary>
    public DateOnly? Latest(DateOnly anchor, WorkCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return Days is { } days ? calendar.Add(anchor, days, DayKind) : null;
    }

    /// <summary>
    /// The first allowed day, or null for a rule without one. The period-end rule protects a last day only; a
    /// window that opens on a rest day still opens that day.
    /// </summary>
    public DateOnly? Earliest(DateOnly anchor, WorkCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return EarliestDays switch
        {
            null => null,
            { } days when DayKind == DayKind.Working => calendar.AddWorkingDays(anchor, days),
            { } days => anchor.AddDays(days),
        };
    }

    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(Id) || string.IsNullOrWhiteSpace(Name) || string.IsNullOrWhiteSpace(Basis) || string.IsNullOrWhiteSpace(Edition))
        {
            yield return $"Rule '{Id}': id, name, basis and edition are required.";
        }

        if ((AnchorStep is null) == (AnchorRule is null))
        {
            yield return $"Rule '{Id}': give exactly one of anchorStep and anchorRule.";
        }

        if (Days < 0 || EarliestDays < 0)
        {
            yield return $"Rule '{Id}': days cannot be negative.";
        }

        if (Kind == DeadlineKind.NotBefore ? EarliestDays is null || Days is not null : Days is null)
        {
            yield return $"Rule '{Id}': a {Kind} rule needs " + (Kind == DeadlineKind.NotBefore ? "earliestDays and no days." : "days.");
        }

        if (EarliestDays > Days)
        {
            yield return $"Rule '{Id}': the window opens (day {EarliestDays}) after it closes (day {Days}).";
        }
    }
}

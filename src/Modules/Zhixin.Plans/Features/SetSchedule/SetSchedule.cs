using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Web;
using Zhixin.Plans.Data;
using Zhixin.Plans.Reporting;

namespace Zhixin.Plans.Features.SetSchedule;

/// <summary>
/// When a plan runs and by when its departments report: half-yearly (the default), quarterly, yearly, or custom
/// deadlines as month-day ("07-15", "01-15"; a January deadline covers the previous year). Reports already filed
/// keep their period.
/// </summary>
internal sealed record SetScheduleRequest(DateOnly? StartsOn, DateOnly? EndsOn, string? Kind, int? DueDay, IReadOnlyList<string>? Deadlines);

internal sealed class SetScheduleHandler(PlansDbContext db)
{
    private const int MaxYears = 20;

    public async Task<Outcome<IReadOnlyList<PeriodView>>> HandleAsync(Guid planId, SetScheduleRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var plan = await db.Plans.FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null)
        {
            return Failure.NotFound();
        }

        if (!ReportAccess.ManagesPlan(db.Caller, plan))
        {
            return Failure.Forbidden(PlansText.Get("Plan.NotYourJurisdiction"));
        }

        var errors = new FieldErrors();
        var starts = request.StartsOn ?? plan.StartsOn;
        var ends = request.EndsOn ?? plan.EndsOn;
        if (ends < starts)
        {
            errors.Add("endsOn", PlansText.Get("Schedule.EndsBeforeStart"));
        }
        else if (ends.Year - starts.Year >= MaxYears)
        {
            errors.Add("endsOn", PlansText.Format("Schedule.TooLong", MaxYears));
        }

        var dueDay = request.DueDay ?? ReportingSchedule.DefaultDueDay;
        if (dueDay is < 1 or > 31)
        {
            errors.Add("dueDay", PlansText.Get("Schedule.BadDueDay"));
        }

        var schedule = (request.Kind ?? "halfYearly") switch
        {
            "halfYearly" => ReportingSchedule.HalfYearly(dueDay),
            "quarterly" => ReportingSchedule.Quarterly(dueDay),
            "yearly" => ReportingSchedule.Yearly(dueDay),
            "custom" => Custom(request.Deadlines, errors),
            var other => Unknown(other, errors),
        };
        if (!errors.IsEmpty || schedule is null)
        {
            return errors;
        }

        plan.StartsOn = starts;
        plan.EndsOn = ends;
        plan.ScheduleJson = schedule.ToJson();
        await db.SaveChangesAsync(cancellationToken);
        return PlanSchedule.Periods(plan).Select(p => new PeriodView(p.Key, p.Label, p.DueOn)).ToList();
    }

    private static ReportingSchedule? Custom(IReadOnlyList<string>? deadlines, FieldErrors errors)
    {
        var parsed = new List<MonthDay>();
        foreach (var text in deadlines ?? [])
        {
            if (DateOnly.TryParseExact("2000-" + text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                parsed.Add(new MonthDay(date.Month, date.Day));
            }
            else
            {
                errors.Add("deadlines", PlansText.Format("Schedule.BadDeadline", text));
            }
        }

        if (parsed.Count == 0)
        {
            errors.Add("deadlines", PlansText.Get("Schedule.NoDeadlines"));
            return null;
        }

        return parsed.Distinct().Count() == parsed.Count ? ReportingSchedule.Custom(parsed) : Duplicate(errors);
    }

    private static ReportingSchedule? Duplicate(FieldErrors errors)
    {
        errors.Add("deadlines", PlansText.Get("Schedule.DuplicateDeadline"));
        return null;
    }

    private static ReportingSchedule? Unknown(string kind, FieldErrors errors)
    {
        errors.Add("kind", PlansText.Format("Schedule.UnknownKind", kind));
        return null;
    }
}

internal static class SetScheduleEndpoint
{
    public static async Task<Results<Ok<IReadOnlyList<PeriodView>>, ProblemHttpResult>> HandleAsync(
        Guid id, SetScheduleRequest request, SetScheduleHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(id, request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}

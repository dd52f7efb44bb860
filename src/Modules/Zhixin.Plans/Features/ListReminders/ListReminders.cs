using Zhixin.Platform.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Plans.Data;

namespace Zhixin.Plans.Features.ListReminders;

/// <summary>The caller's department's reminders for overdue reports, newest first; a regulator sees those of its region.</summary>
internal sealed class ListRemindersHandler(PlansDbContext db)
{
    public async Task<IReadOnlyList<ReminderView>> HandleAsync(CancellationToken cancellationToken)
    {
        var caller = db.Caller;
        var reminders = db.Reminders.AsNoTracking();
        if (!caller.IsInRole(Zhixin.Platform.Identity.Roles.Regulator))
        {
            var own = caller.DepartmentCode ?? "";
            reminders = reminders.Where(r => r.DepartmentCode == own);
        }

        var rows = await (
                from r in reminders
                join t in db.Tasks on r.TaskId equals t.Id
                orderby r.SentAt descending, r.DueOn, t.Ordinal
                select new ReminderView(r.Id, r.PlanId, r.TaskId, t.Number, t.Title, r.DepartmentCode, r.PeriodKey, r.DueOn, r.SentAt))
            .Take(500)
            .ToListAsync(cancellationToken);
        return rows;
    }
}

internal static class ListRemindersEndpoint
{
    public static async Task<Ok<IReadOnlyList<ReminderView>>> HandleAsync(ListRemindersHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.HandleAsync(cancellationToken));
}

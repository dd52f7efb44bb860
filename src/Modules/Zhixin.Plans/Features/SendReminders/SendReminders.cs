using Microsoft.EntityFrameworkCore;
using Zhixin.Plans.Data;
using Zhixin.Plans.Domain;

namespace Zhixin.Plans.Features.SendReminders;

/// <summary>
/// Reminds every department that owes a report whose deadline has passed: one reminder per task, department and
/// period, however often the job runs. Completed tasks owe nothing more.
/// </summary>
internal sealed class SendRemindersHandler(PlansDbContext db, DepartmentNames departments, TimeProvider clock)
{
    public async Task<int> HandleAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = PlanSchedule.Today(clock);
        var reporting = await departments.ReportingAsync(cancellationToken);
        var sent = 0;
        foreach (var plan in await db.Plans.AsNoTracking().ToListAsync(cancellationToken))
        {
            var due = PlanSchedule.Periods(plan).Where(p => p.DueOn < today).ToList();
            if (due.Count == 0)
            {
                continue;
            }

            var tasks = await db.Tasks.AsNoTracking().Include(t => t.Assignments).Where(t => t.PlanId == plan.Id).ToListAsync(cancellationToken);
            var reports = (await db.Reports.AsNoTracking().Where(r => r.PlanId == plan.Id).ToListAsync(cancellationToken)).ToLookup(r => r.TaskId);
            var reminded = (await db.Reminders.AsNoTracking().Where(r => r.PlanId == plan.Id)
                    .Select(r => new { r.TaskId, r.DepartmentCode, r.PeriodKey }).ToListAsync(cancellationToken))
                .Select(r => (r.TaskId, r.DepartmentCode, r.PeriodKey)).ToHashSet();
            foreach (var task in tasks)
            {
                var taskReports = reports[task.Id].ToList();
                if (TaskProgress.Of(task.Assignments, taskReports, due, reporting, today).Status == TaskStatus.Completed)
                {
                    continue;
                }

                foreach (var reporter in TaskProgress.Reporters(task.Assignments, reporting))
                {
                    foreach (var period in due)
                    {
                        var owed = !taskReports.Any(r => r.DepartmentCode == reporter.DepartmentCode && r.PeriodKey == period.Key);
                        if (owed && reminded.Add((task.Id, reporter.DepartmentCode, period.Key)))
                        {
                            db.Reminders.Add(new ReportReminder
                            {
                                Id = Guid.CreateVersion7(),
                                PlanId = plan.Id,
                                TaskId = task.Id,
                                DepartmentCode = reporter.DepartmentCode,
                                PeriodKey = period.Key,
                                DueOn = period.DueOn,
                                SentAt = now,
                                RegionCode = plan.RegionCode,
                            });
                            sent++;
                        }
                    }
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }
}

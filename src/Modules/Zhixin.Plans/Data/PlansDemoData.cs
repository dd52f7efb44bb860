using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Modules;
using Zhixin.Plans.Domain;
using Zhixin.Plans.Features;
using Zhixin.Plans.Features.ImportPlan;
using Zhixin.Plans.Features.RefreshComputedIndicators;
using Zhixin.Plans.Features.RunAssessment;
using Zhixin.Plans.Features.SendReminders;

namespace Zhixin.Plans.Data;

/// <summary>
/// Demo plans: the five shipped documents imported as a user would, progress reports from the departments of the
/// action plans (most on time, some late, some missing, so reminders and assessment have something to show), and
/// actual values for some of Pingxiang's targets, marked as demo figures.
/// </summary>
internal sealed class PlansDemoData(
    PlansDbContext db,
    ImportPlanHandler importer,
    DepartmentNames departments,
    SendRemindersHandler reminders,
    RunAssessmentHandler assessment,
    RefreshComputedIndicatorsHandler indicators,
    TimeProvider clock) : IDemoDataSeed
{
    private const int Seed = 2012;

    public int Order => 20;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Plans.AnyAsync(cancellationToken))
        {
            return;
        }

        foreach (var name in DemoPlanDocuments.All)
        {
            var outcome = await importer.HandleAsync(new ImportPlanRequest(name, DemoPlanDocuments.Read(name), DryRun: false), cancellationToken);
            if (!outcome.IsSuccess)
            {
                throw new InvalidOperationException($"Demo plan {name} did not import: {outcome.Message ?? outcome.Errors.ToString()}");
            }
        }

        var random = new Random(Seed);
        var reporting = await departments.ReportingAsync(cancellationToken);
        var plans = await db.Plans.Include(p => p.Tasks).ThenInclude(t => t.Assignments).ToListAsync(cancellationToken);
        foreach (var plan in plans)
        {
            AddReports(plan, reporting, random);
            AddActuals(plan, random);
        }

        await db.SaveChangesAsync(cancellationToken);
        await reminders.HandleAsync(cancellationToken);
        await indicators.HandleAsync(cancellationToken);
        foreach (var plan in plans.Where(p => p.Tasks.Any(t => t.Assignments.Count > 0)))
        {
            var outcome = await assessment.HandleAsync(plan.Id, new RunAssessmentRequest(null, null), cancellationToken);
            if (!outcome.IsSuccess)
            {
                throw new InvalidOperationException($"Demo assessment of {plan.Title} failed: {outcome.Message ?? outcome.Errors.ToString()}");
            }
        }
    }

    private void AddReports(Plan plan, ISet<string> reporting, Random random)
    {
        var periods = PlanSchedule.Periods(plan);
        foreach (var task in plan.Tasks)
        {
            foreach (var reporter in TaskProgress.Reporters(task.Assignments, reporting))
            {
                var percent = 0;
                foreach (var period in periods)
                {
                    var roll = random.Next(100);
                    if (roll < 12)
                    {
                        continue;
                    }

                    percent = Math.Min(100, percent + 30 + random.Next(50));
                    var daysFromDue = roll < 25 ? random.Next(1, 40) : -random.Next(0, 20);
                    var submitted = new DateTimeOffset(period.DueOn.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)).AddDays(daysFromDue);
                    db.Reports.Add(new ProgressReport
                    {
                        Id = Guid.CreateVersion7(),
                        PlanId = plan.Id,
                        TaskId = task.Id,
                        DepartmentCode = reporter.DepartmentCode,
                        PeriodKey = period.Key,
                        DueOn = period.DueOn,
                        Text = PlansText.Format("Demo.ReportText", period.Label, task.Title.TrimEnd('。'), percent),
                        Percent = percent,
                        SubmittedAt = submitted,
                        SubmittedBy = "demo",
                        RegionCode = plan.RegionCode,
                    });
                }
            }
        }
    }

    private void AddActuals(Plan plan, Random random)
    {
        foreach (var target in plan.Targets.Where(t => t.ComputedBy is null && t.Value is not null))
        {
            if (random.Next(3) == 0)
            {
                continue;
            }

            // Counts (个, 篇) stay whole numbers; rates and scores keep one decimal.
            var decimals = target.Value!.Value == decimal.Truncate(target.Value.Value) && target.Unit != "%" ? 0 : 1;
            target.Actual = Math.Round(target.Value.Value * (0.9m + (decimal)random.NextDouble() * 0.2m), decimals);
            target.ActualSource = PlansText.Get("Demo.ActualSource");
            target.ActualRecordedAt = clock.GetUtcNow();
            target.ActualRecordedBy = "demo";
        }
    }
}

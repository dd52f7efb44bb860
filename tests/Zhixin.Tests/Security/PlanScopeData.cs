using Microsoft.Extensions.DependencyInjection;
using Zhixin.Plans.Data;
using Zhixin.Plans.Domain;
using Zhixin.Plans.Reporting;
using Zhixin.Tests.Infrastructure;

namespace Zhixin.Tests.Security;

/// <summary>A 思明区 plan with a report, an attachment, a reminder and an assessment run, written straight to the database.</summary>
internal sealed record PlanScope(Guid PlanId, Guid TaskId, Guid AttachmentId, Guid TargetId, string Marker);

internal static class PlanScopeData
{
    public static Task<PlanScope> ArrangeAsync(ZhixinApp app) => app.WithServicesAsync(async services =>
    {
        var db = services.GetRequiredService<PlansDbContext>();
        var marker = "scope-marker-" + TestCodes.Token();
        var plan = new Plan
        {
            Id = Guid.CreateVersion7(),
            Title = "思明区测试计划",
            RegionCode = "350203",
            StartsOn = new DateOnly(2026, 1, 1),
            EndsOn = new DateOnly(2026, 12, 31),
            ScheduleJson = ReportingSchedule.HalfYearly().ToJson(),
            ContentSha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(marker))),
            SourceFileName = "siming.txt",
            SourceEncoding = "utf-8",
            SourceText = marker,
            WarningsJson = "[]",
            ImportedBy = "test",
        };
        var task = new PlanTask { Id = Guid.CreateVersion7(), PlanId = plan.Id, Ordinal = 1, SectionNumber = "一", Number = "(一)", Title = "测试任务。", Text = "测试任务。" };
        task.Assignments.Add(new TaskAssignment { TaskId = task.Id, Ordinal = 1, Role = AssignmentRole.Lead, DepartmentCode = "fj.qts", NameAsWritten = "区市场监管局" });
        plan.Sections.Add(new PlanSection { Id = Guid.CreateVersion7(), PlanId = plan.Id, Ordinal = 1, Number = "一", Title = "测试" });
        plan.Tasks.Add(task);
        var target = new PlanTarget { Id = Guid.CreateVersion7(), PlanId = plan.Id, Ordinal = 1, Text = "森林覆盖率稳定在63%以上", Indicator = "森林覆盖率", IndicatorKey = "森林覆盖率", Comparator = "AtLeast", Value = 63, Unit = "%" };
        plan.Targets.Add(target);
        var report = new ProgressReport
        {
            Id = Guid.CreateVersion7(), PlanId = plan.Id, TaskId = task.Id, DepartmentCode = "fj.qts", PeriodKey = "2026-H1", DueOn = new DateOnly(2026, 7, 15),
            Text = "思明区进展 " + marker, Percent = 50, SubmittedAt = DateTimeOffset.UtcNow, SubmittedBy = "test", RegionCode = "350203",
        };
        var attachment = new ReportAttachment { Id = Guid.CreateVersion7(), ReportId = report.Id, FileName = "a.txt", ContentType = "text/plain", Length = 1, Sha256 = "00", Content = [1] };
        report.Attachments.Add(attachment);
        db.Plans.Add(plan);
        db.Reports.Add(report);
        db.Reminders.Add(new ReportReminder
        {
            Id = Guid.CreateVersion7(), PlanId = plan.Id, TaskId = task.Id, DepartmentCode = "fj.qts", PeriodKey = "2026-Y", DueOn = new DateOnly(2027, 1, 15),
            SentAt = DateTimeOffset.UtcNow, RegionCode = "350203",
        });
        db.AssessmentRuns.Add(new AssessmentRun
        {
            Id = Guid.CreateVersion7(), PlanId = plan.Id, SchemeCode = "zhixin-plan-default", SchemeVersion = 1, AsOf = new DateOnly(2026, 8, 1),
            RunAt = DateTimeOffset.UtcNow, RunBy = "test", RegionCode = "350203",
        });
        await db.SaveChangesAsync();
        return new PlanScope(plan.Id, task.Id, attachment.Id, target.Id, marker);
    });
}

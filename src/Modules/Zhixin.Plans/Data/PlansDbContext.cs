using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Data;
using Zhixin.Platform.Scoping;
using Zhixin.Plans.Domain;

namespace Zhixin.Plans.Data;

internal sealed class PlansDbContext(DbContextOptions<PlansDbContext> options, ICallerContext caller)
    : ScopedDbContext(options, caller)
{
    public const string SchemaName = "plans";

    protected override string Schema => SchemaName;

    public DbSet<Plan> Plans => Set<Plan>();

    public DbSet<PlanSection> Sections => Set<PlanSection>();

    public DbSet<PlanTask> Tasks => Set<PlanTask>();

    public DbSet<TaskAssignment> Assignments => Set<TaskAssignment>();

    public DbSet<PlanTarget> Targets => Set<PlanTarget>();

    public DbSet<ProgressReport> Reports => Set<ProgressReport>();

    public DbSet<ReportAttachment> Attachments => Set<ReportAttachment>();

    public DbSet<ReportReminder> Reminders => Set<ReportReminder>();

    public DbSet<AssessmentSchemeVersion> Schemes => Set<AssessmentSchemeVersion>();

    public DbSet<AssessmentRun> AssessmentRuns => Set<AssessmentRun>();
}

using System.Text.Json.Serialization;
using Zhixin.Plans.Domain;

namespace Zhixin.Plans.Features;

[JsonConverter(typeof(JsonStringEnumConverter<TaskStatus>))]
internal enum TaskStatus
{
    NotStarted = 1,
    InProgress = 2,
    Completed = 3,
}

internal sealed record PlanSummary(
    Guid Id,
    string Title,
    string? DocumentNumber,
    string? Issuer,
    DateOnly? IssuedOn,
    string RegionCode,
    string RegionName,
    int SectionCount,
    int TaskCount,
    DateTimeOffset ImportedAt);

internal sealed record SectionView(string Number, string Title, int TaskCount);

internal sealed record TargetView(
    Guid Id,
    string Text,
    string Indicator,
    string Comparator,
    decimal? Value,
    string? Unit,
    int? Year,
    string? ComputedBy,
    decimal? Actual,
    string? ActualSource,
    DateTimeOffset? ActualRecordedAt,
    string Result);

internal sealed record WarningView(int Line, string Kind, string Message, string Excerpt);

internal sealed record PlanDepartmentView(string Code, string Name, bool NeedsReview, int Lead, int Participant, int Responsible);

internal sealed record PeriodView(string Key, string Label, DateOnly DueOn);

internal sealed record PlanDetails(
    PlanSummary Plan,
    DateOnly StartsOn,
    DateOnly EndsOn,
    IReadOnlyList<SectionView> Sections,
    IReadOnlyList<TargetView> Targets,
    IReadOnlyList<PlanDepartmentView> Departments,
    IReadOnlyList<PeriodView> ReportingPeriods,
    IReadOnlyList<WarningView> Warnings,
    int CompletedTasks,
    int OverdueTasks);

internal sealed record AssignmentView(string DepartmentCode, string DepartmentName, string NameAsWritten, AssignmentRole Role, bool NeedsReview);

internal sealed record TaskSummary(
    Guid Id,
    int Ordinal,
    string SectionNumber,
    string Number,
    string Title,
    IReadOnlyList<AssignmentView> Departments,
    int Percent,
    TaskStatus Status,
    bool Overdue);

internal sealed record AttachmentView(Guid Id, string FileName, string ContentType, long Length);

internal sealed record ReportView(
    Guid Id,
    string DepartmentCode,
    string DepartmentName,
    string PeriodKey,
    DateOnly DueOn,
    string Text,
    int Percent,
    DateTimeOffset SubmittedAt,
    string SubmittedBy,
    bool Late,
    IReadOnlyList<AttachmentView> Attachments);

internal sealed record DepartmentPeriodView(string DepartmentCode, string DepartmentName, string Timeliness, Guid? ReportId);

internal sealed record TaskPeriodView(string Key, string Label, DateOnly DueOn, IReadOnlyList<DepartmentPeriodView> Departments);

internal sealed record ReminderView(Guid Id, Guid PlanId, Guid TaskId, string TaskNumber, string TaskTitle, string DepartmentCode, string PeriodKey, DateOnly DueOn, DateTimeOffset SentAt);

internal sealed record TaskDetails(
    Guid Id,
    Guid PlanId,
    string PlanTitle,
    string PlanRegionCode,
    string SectionNumber,
    string SectionTitle,
    string Number,
    string Title,
    string Text,
    string? Translation,
    IReadOnlyList<AssignmentView> Departments,
    int Percent,
    TaskStatus Status,
    bool Overdue,
    IReadOnlyList<TaskPeriodView> Periods,
    IReadOnlyList<ReportView> Reports,
    IReadOnlyList<ReminderView> Reminders,
    IReadOnlyList<string> CallerMayReportFor);

namespace Zhixin.Plans;

/// <summary>Routes of the plans module, used by endpoints, pages and tests.</summary>
public static class PlansRoutes
{
    public const string Api = "/api/v1/plans";
    public const string ApiImport = Api + "/import";
    public const string ApiReminders = Api + "/reminders";
    public const string ApiAlignment = Api + "/alignment";
    public const string ApiSchemes = Api + "/assessment-schemes";

    public const string Plans = "/plans";
    public const string ImportPlan = "/plans/import";
    public const string Alignment = "/plans/alignment";
    public const string Reminders = "/plans/reminders";
    public const string Schemes = "/plans/assessment-schemes";

    public static string ApiPlan(Guid id) => $"{Api}/{id}";

    public static string ApiSchedule(Guid planId) => $"{Api}/{planId}/schedule";

    public static string ApiTasks(Guid planId) => $"{Api}/{planId}/tasks";

    public static string ApiTask(Guid taskId) => $"{Api}/tasks/{taskId}";

    public static string ApiTaskReports(Guid taskId) => $"{Api}/tasks/{taskId}/reports";

    public static string ApiAttachment(Guid attachmentId) => $"{Api}/attachments/{attachmentId}";

    public static string ApiTargetActual(Guid targetId) => $"{Api}/targets/{targetId}/actual";

    public static string ApiAssessments(Guid planId) => $"{Api}/{planId}/assessments";

    public static string Plan(Guid id) => $"{Plans}/{id}";

    public static string Task(Guid taskId) => $"{Plans}/tasks/{taskId}";

    public static string Assessment(Guid planId) => $"{Plans}/{planId}/assessment";
}

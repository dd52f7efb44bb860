using Zhixin.Platform.Identity;
using Zhixin.Platform.Scoping;
using Zhixin.Plans.Domain;

namespace Zhixin.Plans.Features;

/// <summary>
/// Who may see and file progress reports on a task. A department reports on the tasks that name it and sees its
/// own reports; a lead department also sees its participants' reports. A regulator whose region covers the plan's
/// jurisdiction sees every report and may file one on behalf of any department the task names (a quality office
/// entering a report that came on paper).
/// </summary>
internal static class ReportAccess
{
    public static bool ManagesPlan(Caller caller, Plan plan) => ManagesPlanOf(caller, plan.RegionCode);

    /// <summary>A regulator whose region covers the plan's jurisdiction runs the plan (as does the system).</summary>
    public static bool ManagesPlanOf(Caller caller, string planRegionCode) =>
        (caller.IsInRole(Roles.Regulator) || IsSystem(caller)) && caller.Scope.Includes(planRegionCode);

    /// <summary>The command line, the jobs and the demo data act as the system, with no roles and no region limit.</summary>
    public static bool IsSystem(Caller caller) => caller.Id.StartsWith("system:", StringComparison.Ordinal);

    public static IReadOnlyList<string> MayReportFor(Caller caller, Plan plan, PlanTask task, ISet<string> reportingDepartments)
    {
        var named = TaskProgress.Reporters(task.Assignments, reportingDepartments).Select(a => a.DepartmentCode).ToList();
        if (ManagesPlan(caller, plan))
        {
            return named;
        }

        return caller.DepartmentCode is { } own && named.Contains(own, StringComparer.Ordinal) ? [own] : [];
    }

    public static bool MaySee(Caller caller, Plan plan, PlanTask task, ProgressReport report)
    {
        if (ManagesPlan(caller, plan))
        {
            return true;
        }

        if (caller.DepartmentCode is not { } own)
        {
            return false;
        }

        return report.DepartmentCode == own
            || task.Assignments.Any(a => a.DepartmentCode == own && a.Role == AssignmentRole.Lead);
    }
}

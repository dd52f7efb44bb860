using Zhixin.Plans.Domain;
using Zhixin.Plans.Features;

namespace Zhixin.Plans.Pages.Plans;

/// <summary>
/// The words the pages show for the codes the handlers return (statuses, roles, standings, comparators), each
/// from the module's resources, so a new value without a text shows its key instead of failing.
/// </summary>
internal static class PlanLabels
{
    public static IReadOnlyList<Features.TaskStatus> Statuses { get; } = Enum.GetValues<Features.TaskStatus>();

    public static string Status(Features.TaskStatus status) => PlansText.Get("Status." + status);

    public static string Role(AssignmentRole role) => PlansText.Get("Role." + role);

    /// <summary>OnTime, Late, Overdue or NotDueYet, as <see cref="DepartmentPeriodView.Timeliness"/> gives it.</summary>
    public static string Standing(string standing) => PlansText.Get("Standing." + standing);

    /// <summary>Met, NotMet or Unknown, as <see cref="TargetView.Result"/> gives it.</summary>
    public static string Result(string result) => PlansText.Get("Result." + result);

    public static string Comparator(string comparator) => PlansText.Get("Comparator." + comparator);

    /// <summary>The CSS modifier of a status or standing badge: the code in lower case.</summary>
    public static string Css(string code) => code.ToLowerInvariant();

    /// <summary>A number as a regulator writes it: no trailing zeros, no grouping.</summary>
    public static string Number(decimal? value) =>
        value?.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zhixin.Platform.Identity;
using Zhixin.Plans.Features;
using Zhixin.Plans.Features.ListReminders;

namespace Zhixin.Plans.Pages.Plans;

/// <summary>逾期提醒: the reminders for overdue reports sent to the caller's department (a regulator: its region's), newest first.</summary>
[Authorize(Policy = Policies.PlansRead)]
internal sealed class PlanRemindersModel(ListRemindersHandler list, DepartmentNames departments) : PageModel
{
    public IReadOnlyList<ReminderView> Reminders { get; private set; } = [];

    public IReadOnlyDictionary<string, string> DepartmentNames { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Reminders = await list.HandleAsync(cancellationToken);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var code in Reminders.Select(r => r.DepartmentCode).Distinct(StringComparer.Ordinal))
        {
            names[code] = await departments.NameAsync(code, cancellationToken);
        }

        DepartmentNames = names;
    }
}

using Zhixin.Platform.Departments;
using Zhixin.Platform.Departments.ListDepartments;

namespace Zhixin.Plans.Features;

/// <summary>The department table for one request or command, read once: names for display, collectives told apart.</summary>
internal sealed class DepartmentNames(IDepartmentDirectory directory)
{
    private Dictionary<string, DepartmentResponse>? byCode;

    public async Task<IReadOnlyDictionary<string, DepartmentResponse>> AllAsync(CancellationToken cancellationToken) =>
        byCode ??= (await directory.ListAsync(cancellationToken)).ToDictionary(d => d.Code, StringComparer.Ordinal);

    public async Task<string> NameAsync(string code, CancellationToken cancellationToken) =>
        (await AllAsync(cancellationToken)).TryGetValue(code, out var d) ? d.Name : code;

    /// <summary>Departments that can report: single bodies, not collectives such as 各有关部门.</summary>
    public async Task<ISet<string>> ReportingAsync(CancellationToken cancellationToken) =>
        (await AllAsync(cancellationToken)).Values.Where(d => !d.IsGeneric).Select(d => d.Code).ToHashSet(StringComparer.Ordinal);

    public async Task<AssignmentView> ViewAsync(Domain.TaskAssignment a, CancellationToken cancellationToken)
    {
        var all = await AllAsync(cancellationToken);
        var department = all.GetValueOrDefault(a.DepartmentCode);
        return new AssignmentView(a.DepartmentCode, department?.Name ?? a.NameAsWritten, a.NameAsWritten, a.Role, department?.NeedsReview ?? a.DepartmentIsNew);
    }
}

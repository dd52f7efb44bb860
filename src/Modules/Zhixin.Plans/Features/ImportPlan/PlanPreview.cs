using Zhixin.Plans.Import.Parsing;

namespace Zhixin.Plans.Features.ImportPlan;

/// <summary>
/// What an import read, shown before anything is stored (the upload page's preview, the API's dry run and
/// <c>zhixin import plan FILE --dry-run --format json</c>): numbers and department names as the document writes them.
/// </summary>
internal sealed record PlanPreview(
    string? Title,
    string? DocumentNumber,
    string? Issuer,
    DateOnly? IssuedOn,
    string Jurisdiction,
    string JurisdictionName,
    string Encoding,
    IReadOnlyList<PreviewSection> Sections,
    IReadOnlyList<PreviewTask> Tasks,
    IReadOnlyList<PreviewTarget> Targets,
    IReadOnlyList<PreviewDepartment> Departments,
    IReadOnlyList<WarningView> Warnings,
    Guid? DuplicateOf,
    Guid? PlanId);

internal sealed record PreviewSection(string Number, string Title);

internal sealed record PreviewTask(
    string Section,
    string Number,
    string Title,
    string Text,
    string? Translation,
    IReadOnlyList<string> Lead,
    IReadOnlyList<string> Participants,
    IReadOnlyList<string> Responsible);

internal sealed record PreviewTarget(string Text, string Indicator, string Comparator, decimal? Value, decimal? UpperValue, string? Unit, int? Year, string? ComputedBy);

/// <summary>A department name as written and what it matched in the department table; <see cref="Code"/> null when it matched none.</summary>
internal sealed record PreviewDepartment(string NameAsWritten, string? Code, string? Name, bool IsNew);

internal static class PlanPreviews
{
    public static PreviewTask From(ParsedTask t) =>
        new(t.Section, t.Number, t.Title, t.Text, t.Translation, t.Lead, t.Participants, t.Responsible);
}

using System.Text;
using Zhixin.Plans.Features.ImportPlan;

namespace Zhixin.Plans.Cli;

/// <summary>The import's result for a terminal: what was read, task by task, then what needs a person's attention.</summary>
internal static class PlanPreviewText
{
    public static string Render(PlanPreview preview, string fileName)
    {
        ArgumentNullException.ThrowIfNull(preview);
        var text = new StringBuilder();
        text.AppendLine(PlansText.Format(preview.PlanId is null ? "Cli.Read" : "Cli.Imported", fileName, preview.Title ?? "-", preview.DocumentNumber ?? "-"));
        text.AppendLine(PlansText.Format("Cli.Counts", preview.JurisdictionName, preview.Encoding, preview.Sections.Count, preview.Tasks.Count, preview.Targets.Count));
        foreach (var section in preview.Sections)
        {
            text.Append(section.Number).Append('、').AppendLine(section.Title);
            foreach (var task in preview.Tasks.Where(t => t.Section == section.Number))
            {
                text.Append("  ").Append(task.Number).Append(' ').AppendLine(task.Title);
                AppendRole(text, "Cli.Lead", task.Lead);
                AppendRole(text, "Cli.Participants", task.Participants);
                AppendRole(text, "Cli.Responsible", task.Responsible);
            }
        }

        foreach (var department in preview.Departments.Where(d => d.IsNew))
        {
            text.AppendLine(PlansText.Format("Cli.NewDepartment", department.NameAsWritten));
        }

        foreach (var warning in preview.Warnings)
        {
            text.AppendLine(PlansText.Format("Cli.Warning", fileName, warning.Line, warning.Message, warning.Excerpt));
        }

        if (preview.DuplicateOf is { } existing)
        {
            text.AppendLine(PlansText.Format("Cli.Duplicate", existing));
        }

        return text.ToString().TrimEnd();
    }

    private static void AppendRole(StringBuilder text, string key, IReadOnlyList<string> names)
    {
        if (names.Count > 0)
        {
            text.Append("      ").AppendLine(PlansText.Format(key, string.Join("、", names)));
        }
    }
}

using Zhixin.Inspection.Domain;
using Zhixin.Platform.Web;

namespace Zhixin.Inspection.Features.RecordResults;

/// <summary>The lab's result of one test item, as the form, the API and the Excel import give it.</summary>
internal sealed record TestItemInput(string? ItemName, string? StandardClause, string? Requirement, string? MeasuredValue, Verdict? Verdict);

/// <summary>The checks every result goes through, whichever door it came in by; field names say which item (items[2].verdict).</summary>
internal static class TestResultInput
{
    public const int MaxItems = 200;

    public static List<TestItemResult> Validate(FieldErrors errors, Guid batchId, IReadOnlyList<TestItemInput>? items, Func<int, string> fieldPrefix)
    {
        var results = new List<TestItemResult>();
        if (items is null || items.Count == 0)
        {
            errors.Add("items", InspectionText.Get("Results.NoItems"));
            return results;
        }

        if (items.Count > MaxItems)
        {
            errors.Add("items", InspectionText.Format("Results.TooManyItems", MaxItems));
            return results;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var prefix = fieldPrefix(i);
            var name = Fields.Required(errors, prefix + "itemName", item.ItemName, 100);
            var clause = Fields.Required(errors, prefix + "standardClause", item.StandardClause, 200);
            var requirement = Fields.Optional(errors, prefix + "requirement", item.Requirement, 300);
            var measured = Fields.Optional(errors, prefix + "measuredValue", item.MeasuredValue, 300);
            if (item.Verdict is not { } verdict || !Enum.IsDefined(verdict))
            {
                errors.Add(prefix + "verdict", InspectionText.Format("Results.VerdictMissing", name ?? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
                continue;
            }

            if (name is not null && !names.Add(name))
            {
                errors.Add(prefix + "itemName", InspectionText.Format("Results.DuplicateItem", name));
            }

            if (name is null || clause is null)
            {
                continue;
            }

            results.Add(new TestItemResult
            {
                Id = Guid.CreateVersion7(),
                BatchId = batchId,
                Position = i + 1,
                ItemName = name,
                StandardClause = clause,
                Requirement = requirement,
                MeasuredValue = measured,
                Verdict = verdict,
            });
        }

        return results;
    }
}

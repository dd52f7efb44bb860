using Microsoft.AspNetCore.Http;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Web;
using Zhixin.Plans.Alignment;
using Zhixin.Plans.Data;
using Zhixin.Plans.Domain;

namespace Zhixin.Plans.Features.AlignPlans;

internal sealed record AlignedTaskView(Guid Id, string Number, string Title, double Similarity, IReadOnlyList<string> SharedNGrams);

internal sealed record AlignmentRow(Guid UpperId, string UpperNumber, string UpperTitle, [property: JsonConverter(typeof(JsonStringEnumConverter<AlignmentKind>))] AlignmentKind Kind, IReadOnlyList<AlignedTaskView> Lower);

internal sealed record LowerOnlyRow(Guid Id, string Number, string Title);

internal sealed record AlignmentCounts(int Carried, int Reworded, int Dropped, int ProvinceOnly);

internal sealed record PlanAlignmentView(
    PlanSummary Upper,
    PlanSummary Lower,
    IReadOnlyList<AlignmentRow> Rows,
    IReadOnlyList<LowerOnlyRow> LowerOnly,
    AlignmentCounts Counts,
    double HighThreshold,
    double LowThreshold);

/// <summary>
/// Which tasks of a higher plan (e.g. the national plan) a lower plan (a province's) carried, reworded or dropped,
/// and what the lower plan added: tasks aligned by character n-gram similarity (Alignment/PlanAligner).
/// </summary>
internal sealed class AlignPlansHandler(PlansDbContext db)
{
    public async Task<Outcome<PlanAlignmentView>> HandleAsync(Guid upperId, Guid lowerId, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (upperId == lowerId)
        {
            errors.Add("lower", PlansText.Get("Alignment.SamePlan"));
            return errors;
        }

        var plans = await db.Plans.AsNoTracking().Include(p => p.Tasks).Include(p => p.Sections)
            .Where(p => p.Id == upperId || p.Id == lowerId).AsSplitQuery().ToListAsync(cancellationToken);
        var upper = plans.FirstOrDefault(p => p.Id == upperId);
        var lower = plans.FirstOrDefault(p => p.Id == lowerId);
        if (upper is null || lower is null)
        {
            return Failure.NotFound(PlansText.Get("Alignment.PlanNotFound"));
        }

        var options = AlignmentOptions.Default;
        var result = PlanAligner.Align(Items(upper), Items(lower), options);
        var lowerById = lower.Tasks.ToDictionary(t => t.Id.ToString());
        var rows = upper.Tasks.OrderBy(t => t.Ordinal).Select(t =>
        {
            var key = t.Id.ToString();
            var matched = result.Pairs.Where(p => p.UpperKey == key).OrderByDescending(p => p.Similarity)
                .Select(p => new AlignedTaskView(lowerById[p.LowerKey].Id, lowerById[p.LowerKey].Number, lowerById[p.LowerKey].Title, Math.Round(p.Similarity, 3), p.SharedNGrams))
                .ToList();
            return new AlignmentRow(t.Id, t.Number, t.Title, result.KindOf(key), matched);
        }).ToList();
        var lowerOnly = result.ProvinceOnly.Select(k => lowerById[k]).OrderBy(t => t.Ordinal).Select(t => new LowerOnlyRow(t.Id, t.Number, t.Title)).ToList();
        var counts = new AlignmentCounts(
            rows.Count(r => r.Kind == AlignmentKind.Carried),
            rows.Count(r => r.Kind == AlignmentKind.Reworded),
            rows.Count(r => r.Kind == AlignmentKind.Dropped),
            lowerOnly.Count);
        return new PlanAlignmentView(Summary(upper), Summary(lower), rows, lowerOnly, counts, options.High, options.Low);
    }

    private static List<AlignmentItem> Items(Plan plan) =>
        [.. plan.Tasks.OrderBy(t => t.Ordinal).Select(t => new AlignmentItem(t.Id.ToString(), t.Number, t.Title, t.Text))];

    private static PlanSummary Summary(Plan p) => new(p.Id, p.Title, p.DocumentNumber, p.Issuer, p.IssuedOn, p.RegionCode,
        ListPlans.ListPlansHandler.RegionName(p.RegionCode), p.Sections.Count, p.Tasks.Count, p.ImportedAt);
}

internal static class AlignPlansEndpoint
{
    public static async Task<Results<Ok<PlanAlignmentView>, ProblemHttpResult>> HandleAsync(
        Guid upper, Guid lower, AlignPlansHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(upper, lower, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}

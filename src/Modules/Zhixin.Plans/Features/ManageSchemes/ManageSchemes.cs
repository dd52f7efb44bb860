using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Web;
using Zhixin.Plans.Assessment;
using Zhixin.Plans.Data;
using Zhixin.Plans.Domain;

namespace Zhixin.Plans.Features.ManageSchemes;

internal sealed record SchemeVersionView(string Code, int Version, DateOnly EffectiveFrom, DateTimeOffset CreatedAt, string CreatedBy, AssessmentScheme Scheme);

/// <summary>
/// The scoring schemes for assessment (考核), every version of each. A change is a new version with its own
/// effective date; earlier versions stay as they were, so every past run can be read under the rules it used.
/// </summary>
internal sealed class ManageSchemesHandler(PlansDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<SchemeVersionView>> ListAsync(CancellationToken cancellationToken)
    {
        var versions = await db.Schemes.AsNoTracking().OrderBy(s => s.Code).ThenByDescending(s => s.Version).ToListAsync(cancellationToken);
        return [.. versions.Select(View)];
    }

    /// <summary>The version of <paramref name="code"/> in force on <paramref name="asOf"/>: the newest one effective by then.</summary>
    public async Task<AssessmentScheme?> InForceAsync(string code, DateOnly asOf, CancellationToken cancellationToken)
    {
        var version = await db.Schemes.AsNoTracking()
            .Where(s => s.Code == code && s.EffectiveFrom <= asOf)
            .OrderByDescending(s => s.EffectiveFrom).ThenByDescending(s => s.Version)
            .FirstOrDefaultAsync(cancellationToken);
        return version is null ? null : AssessmentSchemeJson.Read(version.Json);
    }

    public async Task<Outcome<SchemeVersionView>> AddVersionAsync(string json, CancellationToken cancellationToken)
    {
        AssessmentScheme scheme;
        try
        {
            scheme = JsonSerializer.Deserialize<AssessmentScheme>(json, PlanJson.Options)
                ?? throw new JsonException(PlansText.Get("Scheme.Empty"));
        }
        catch (JsonException exception)
        {
            return new FieldErrors().Add("scheme", PlansText.Format("Scheme.Unreadable", exception.Message));
        }

        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(scheme.Code) || scheme.Code.Length > 64)
        {
            errors.Add("code", PlansText.Get("Scheme.BadCode"));
        }

        foreach (var problem in scheme.Problems())
        {
            errors.Add("lines", problem);
        }

        if (!errors.IsEmpty)
        {
            return errors;
        }

        var latest = await db.Schemes.Where(s => s.Code == scheme.Code).MaxAsync(s => (int?)s.Version, cancellationToken) ?? 0;
        var stored = scheme with { Version = latest + 1 };
        var version = new AssessmentSchemeVersion
        {
            Code = stored.Code,
            Version = stored.Version,
            EffectiveFrom = stored.EffectiveFrom,
            Json = AssessmentSchemeJson.Write(stored),
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = db.Caller.Name,
        };
        db.Schemes.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        return View(version);
    }

    private static SchemeVersionView View(AssessmentSchemeVersion v) =>
        new(v.Code, v.Version, v.EffectiveFrom, v.CreatedAt, v.CreatedBy, AssessmentSchemeJson.Read(v.Json));
}

internal static class ManageSchemesEndpoint
{
    public static async Task<Ok<IReadOnlyList<SchemeVersionView>>> ListAsync(ManageSchemesHandler handler, CancellationToken cancellationToken) =>
        TypedResults.Ok(await handler.ListAsync(cancellationToken));

    public static async Task<Results<Created<SchemeVersionView>, ProblemHttpResult>> AddAsync(HttpRequest http, ManageSchemesHandler handler, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var reader = new StreamReader(http.Body);
        var outcome = await handler.AddVersionAsync(await reader.ReadToEndAsync(cancellationToken), cancellationToken);
        return outcome.IsSuccess ? TypedResults.Created(PlansRoutes.ApiSchemes, outcome.Value!) : outcome.ToProblem();
    }
}

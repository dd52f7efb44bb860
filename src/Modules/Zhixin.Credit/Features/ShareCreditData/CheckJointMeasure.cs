using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Lists;
using Zhixin.Credit.Sharing;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Scoping;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Features.ShareCreditData;

/// <summary>One reason of a joint check: a stable code, whether it refuses, the words naming the listing, grade or record.</summary>
internal sealed record JointReasonView(string Code, bool Refuses, string Text);

/// <summary>"May this firm receive the measure?": yes or no, with every reason, under which version of the measures.</summary>
internal sealed record JointCheckResponse(
    string CreditCode, string Measure, string MeasureName, bool Allowed, IReadOnlyList<JointReasonView> Reasons,
    int MeasuresVersion, bool Verified, string Source, DateOnly CheckedOn);

/// <summary>
/// The joint reward and punishment check (联合奖惩): a black listing in force refuses every measure, naming the listing; a
/// grade at or below the measure's bar refuses it; a general or serious penalty within the measure's months refuses it; the
/// green channel also needs a red listing in force or grade A. The risk class plays no part (不惩戒).
/// </summary>
internal sealed class CheckJointMeasureHandler(IServiceProvider services, CreditDbContext db, SharedFileReader reader, TimeProvider clock)
{
    public async Task<Outcome<JointCheckResponse>> HandleAsync(string code, string? measureCode, CancellationToken cancellationToken)
    {
        var measures = JointMeasures.Current;
        var measure = measures.Find(measureCode);
        if (measure is null)
        {
            return new FieldErrors().Add("measure", CreditText.Format("Sharing.UnknownMeasure", measureCode ?? "", string.Join("、", measures.Measures.Select(m => m.Code))));
        }

        var access = await SharingAccess.ForAsync(db, clock, cancellationToken);
        var canonical = SharedFileReader.Canonical(code);
        var firm = canonical is null ? null : (await reader.FindAsync([canonical], cancellationToken)).GetValueOrDefault(canonical);
        var what = "joint-check " + measure.Code;
        if (firm is null)
        {
            await reader.AuditAsync(access, [SharedFileReader.Denied(access, what, canonical ?? code, null, SharingRefusals.Unknown)], cancellationToken);
            return Failure.NotFound(CreditText.Format("File.NotFound", code));
        }

        if (access is null || !access.ScopesFor(firm.RegionCode).Contains(SharingScopes.JointCheck))
        {
            await reader.AuditAsync(access, [SharedFileReader.Denied(access, what, firm.CreditCode, firm.RegionCode, SharingRefusals.OutOfScope)], cancellationToken);
            return Failure.Forbidden(CreditText.Format("Sharing.OutOfScope", firm.CreditCode));
        }

        var today = ChinaTime.Today(clock);
        var reasons = await ReasonsAsync(measure, firm.CreditCode, today, cancellationToken);
        await reader.AuditAsync(access, [SharedFileReader.Read(access, what, firm, [SharingScopes.JointCheck])], cancellationToken);
        return new JointCheckResponse(
            firm.CreditCode, measure.Code, measure.Name, !reasons.Any(r => r.Refuses), reasons,
            measures.Version, measure.Verified, measure.Source, today);
    }

    private async Task<List<JointReasonView>> ReasonsAsync(JointMeasure measure, string code, DateOnly today, CancellationToken cancellationToken)
    {
        await using var scope = SystemScope.Create(services, "credit:sharing");
        var system = scope.ServiceProvider.GetRequiredService<CreditDbContext>();
        var listings = await system.Listings.AsNoTracking()
            .Where(l => l.EnterpriseCreditCode == code && l.Status == ListingStatus.Listed).ToListAsync(cancellationToken);
        var grade = await system.Assessments.AsNoTracking().Where(a => a.EnterpriseCreditCode == code && a.IsCurrent)
            .Select(a => (CreditGrade?)a.Grade).SingleOrDefaultAsync(cancellationToken);
        var since = today.AddMonths(-(measure.PenaltyMonths ?? 0));
        var penalties = measure.PenaltyMonths is null ? [] : await system.Records.AsNoTracking()
            .Where(r => r.EnterpriseCreditCode == code && r.Kind == CreditRecordKind.AdministrativePenalty && r.OccurredOn >= since && r.OccurredOn <= today)
            .OrderByDescending(r => r.OccurredOn).ToListAsync(cancellationToken);
        penalties = [.. penalties.Where(p => measure.PenaltySeverities.Contains(p.Severity))];

        var reasons = new List<JointReasonView>();
        var black = listings.Where(l => l.Kind == CreditListKind.Black && l.InForceOn(today)).ToList();
        if (measure.RefusedWhenBlackListed)
        {
            reasons.AddRange(black.Select(l => new JointReasonView("credit.joint-black-listed", true,
                CreditText.Format("Joint.BlackListed", l.DecisionNumber ?? "—", ChinaTime.Format(l.ListedFrom!.Value), ChinaTime.Format(l.ListedUntil!.Value)))));
        }

        if (measure.RefusedFromGrade is { } bar && grade is { } g && g >= bar)
        {
            reasons.Add(new JointReasonView("credit.joint-grade", true, CreditText.Format("Joint.Grade", g, CreditLabels.Grade(g), bar)));
        }

        reasons.AddRange(penalties.Select(p => new JointReasonView("credit.joint-recent-penalty", true,
            CreditText.Format("Joint.Penalty", ChinaTime.Format(p.OccurredOn), p.Title, p.DocumentNumber ?? "—", measure.PenaltyMonths!))));

        var red = listings.Where(l => l.Kind == CreditListKind.Red && l.InForceOn(today)).ToList();
        if (measure.RequiresRedListOrGradeA)
        {
            if (red.Count > 0)
            {
                reasons.AddRange(red.Select(l => new JointReasonView("credit.joint-red-listed", false,
                    CreditText.Format("Joint.RedListed", l.DecisionNumber ?? "—", ChinaTime.Format(l.ListedUntil!.Value)))));
            }
            else if (grade == CreditGrade.A)
            {
                reasons.Add(new JointReasonView("credit.joint-grade-a", false, CreditText.Get("Joint.GradeA")));
            }
            else
            {
                reasons.Add(new JointReasonView("credit.joint-needs-red-list", true, CreditText.Get("Joint.NeedsRedList")));
            }
        }

        if (reasons.Count == 0)
        {
            reasons.Add(new JointReasonView("credit.joint-nothing-against", false, CreditText.Format("Joint.NothingAgainst", grade?.ToString() ?? "—")));
        }

        return reasons;
    }
}

internal static class CheckJointMeasureEndpoint
{
    public static async Task<Results<Ok<JointCheckResponse>, ProblemHttpResult>> HandleAsync(
        string code, CheckJointMeasureHandler handler, CancellationToken cancellationToken, string? measure = null)
    {
        var outcome = await handler.HandleAsync(code, measure, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}

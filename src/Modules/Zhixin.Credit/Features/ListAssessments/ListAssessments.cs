using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Data;
using Zhixin.Platform.Scoping;
using Zhixin.Platform.Web;

namespace Zhixin.Credit.Features.ListAssessments;

/// <summary>Firms' current assessments in the caller's scope: filter by grade, risk class, region (code or prefix) and credit-code prefix; paged.</summary>
internal sealed record ListAssessmentsRequest(string? Grade, string? RiskClass, string? Region, string? Q, int? Page, int? PageSize);

internal sealed record AssessmentRow(string CreditCode, string RegionCode, decimal Score, string Grade, string GradeName, string? RiskClass, int RuleSetVersion, DateTimeOffset AssessedAt);

internal sealed record ListAssessmentsResponse(int Total, int Page, int PageSize, IReadOnlyList<AssessmentRow> Items, IReadOnlyDictionary<string, int> ByGrade);

internal sealed class ListAssessmentsHandler(CreditDbContext db)
{
    public const int MaxPageSize = 200;

    public async Task<Outcome<ListAssessmentsResponse>> HandleAsync(ListAssessmentsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var showRiskClass = CreditAccess.MaySeeRiskClass(db.Caller);
        CreditGrade? grade = null;
        if (!string.IsNullOrWhiteSpace(request.Grade))
        {
            grade = Enum.TryParse<CreditGrade>(request.Grade.Trim(), ignoreCase: true, out var g) && Enum.IsDefined(g) && !int.TryParse(request.Grade, out _) ? g : null;
            if (grade is null)
            {
                errors.Add("grade", CreditText.Get("List.GradeInvalid"));
            }
        }

        RiskClass? riskClass = null;
        if (!string.IsNullOrWhiteSpace(request.RiskClass))
        {
            riskClass = showRiskClass && Enum.TryParse<RiskClass>(request.RiskClass.Trim(), ignoreCase: true, out var c) && Enum.IsDefined(c) && !int.TryParse(request.RiskClass, out _) ? c : null;
            if (riskClass is null)
            {
                errors.Add("riskClass", CreditText.Get(showRiskClass ? "List.RiskClassInvalid" : "List.RiskClassNotYours"));
            }
        }

        var page = request.Page ?? 1;
        var size = request.PageSize ?? 50;
        if (page < 1)
        {
            errors.Add("page", CreditText.Get("List.PageInvalid"));
        }

        if (size is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", CreditText.Format("List.PageSizeInvalid", MaxPageSize));
        }

        // A province or city may be given by its prefix (35, 3502) as well as by its code.
        var regionText = request.Region?.Trim() is { Length: 2 or 4 } prefixText && prefixText.All(char.IsAsciiDigit)
            ? prefixText.PadRight(6, '0')
            : request.Region?.Trim();
        var region = string.IsNullOrEmpty(regionText) || regionText == "000000" ? null : errors.Check("region", RegionCode.Parse(regionText));
        if (!errors.IsEmpty)
        {
            return errors;
        }

        var query = db.Assessments.AsNoTracking().Where(a => a.IsCurrent);
        if (region is { } area)
        {
            var range = RegionScope.ForRegion(area);
            query = query.WhereBetween(a => a.RegionCode, range.RegionFrom, range.RegionTo);
        }

        if (request.Q?.Trim().ToUpperInvariant() is { Length: > 0 } prefix)
        {
            query = query.WhereStartsWith(a => a.EnterpriseCreditCode, prefix);
        }

        var byGrade = await query.GroupBy(a => a.Grade).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        if (grade is { } wantedGrade)
        {
            query = query.Where(a => a.Grade == wantedGrade);
        }

        if (riskClass is { } wantedClass)
        {
            query = query.Where(a => a.RiskClass == wantedClass);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(a => a.Grade).ThenBy(a => a.Score).ThenBy(a => a.EnterpriseCreditCode)
            .Skip((page - 1) * size).Take(size)
            .ToListAsync(cancellationToken);
        return new ListAssessmentsResponse(
            total, page, size,
            [.. rows.Select(a => new AssessmentRow(a.EnterpriseCreditCode, a.RegionCode, a.Score, a.Grade.ToString(), CreditLabels.Grade(a.Grade),
                showRiskClass ? a.RiskClass.ToString() : null, a.RuleSetVersion, a.AssessedAt))],
            byGrade.ToDictionary(g => g.Key.ToString(), g => g.Count));
    }
}

internal static class ListAssessmentsEndpoint
{
    public static async Task<Results<Ok<ListAssessmentsResponse>, ProblemHttpResult>> HandleAsync(
        [AsParameters] ListAssessmentsRequest request, ListAssessmentsHandler handler, CancellationToken cancellationToken)
    {
        var outcome = await handler.HandleAsync(request, cancellationToken);
        return outcome.IsSuccess ? TypedResults.Ok(outcome.Value!) : outcome.ToProblem();
    }
}

using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Data;
using Zhixin.Platform.Data;

namespace Zhixin.Credit.Features.Rescore;

/// <summary>What a full rescoring did.</summary>
internal sealed record RescoreAllResult(int Enterprises, int Changed, int GradeChanged);

/// <summary>
/// Scores again every firm that has a record or an assessment (the nightly run, and <c>zhixin credit rescore</c>):
/// records age out of their periods and rule sets take effect by date, so grades change without new records.
/// </summary>
internal sealed class RescoreAllHandler(CreditDbContext db, EnterpriseRescorer rescorer)
{
    public async Task<RescoreAllResult> HandleAsync(string trigger, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var codes = await db.Records.IgnoreQueryFilters([ScopedDbContext.VoidedFilter]).Select(r => r.EnterpriseCreditCode)
            .Union(db.Assessments.Select(a => a.EnterpriseCreditCode))
            .Distinct()
            .OrderBy(c => c)
            .ToListAsync(cancellationToken);
        int changed = 0, gradeChanged = 0;
        for (var i = 0; i < codes.Count; i++)
        {
            var result = await rescorer.RescoreAsync(codes[i], trigger, cancellationToken);
            changed += result.Changed ? 1 : 0;
            gradeChanged += result.Changed && result.PreviousGrade != result.Assessment.Grade ? 1 : 0;
            progress?.Report(i + 1);
        }

        return new RescoreAllResult(codes.Count, changed, gradeChanged);
    }

    public Task<int> CountAsync(CancellationToken cancellationToken) =>
        db.Records.IgnoreQueryFilters([ScopedDbContext.VoidedFilter]).Select(r => r.EnterpriseCreditCode).Union(db.Assessments.Select(a => a.EnterpriseCreditCode)).Distinct().CountAsync(cancellationToken);
}

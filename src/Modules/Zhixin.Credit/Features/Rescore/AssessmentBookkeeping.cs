using Microsoft.EntityFrameworkCore;
using Zhixin.Credit.Data;

namespace Zhixin.Credit.Features.Rescore;

/// <summary>
/// What the full rescoring notes on a current assessment that a rescoring repeated unchanged: the fingerprint of the
/// file it was scored from and the next day it could change. Updated in place, as no figure of the assessment moved.
/// </summary>
internal sealed record AssessmentBookkeeping(string CreditCode, long? InputsFingerprint, DateOnly? NextPossibleChangeOn)
{
    public static async Task SaveAsync(CreditDbContext db, IReadOnlyList<AssessmentBookkeeping> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return;
        }

        if (db.Database.IsNpgsql())
        {
            var codes = rows.Select(r => r.CreditCode).ToArray();
            var prints = rows.Select(r => r.InputsFingerprint).ToArray();
            var days = rows.Select(r => r.NextPossibleChangeOn).ToArray();
            await db.Database.ExecuteSqlAsync(
                $"""
                UPDATE credit.credit_assessments AS a
                SET inputs_fingerprint = u.print, next_possible_change_on = u.day
                FROM unnest({codes}, {prints}, {days}) AS u(code, print, day)
                WHERE a.enterprise_credit_code = u.code AND a.is_current
                """,
                cancellationToken);
            return;
        }

        foreach (var row in rows)
        {
            await db.Assessments.Where(a => a.EnterpriseCreditCode == row.CreditCode && a.IsCurrent)
                .ExecuteUpdateAsync(
                    set => set.SetProperty(a => a.InputsFingerprint, row.InputsFingerprint).SetProperty(a => a.NextPossibleChangeOn, row.NextPossibleChangeOn),
                    cancellationToken);
        }
    }
}

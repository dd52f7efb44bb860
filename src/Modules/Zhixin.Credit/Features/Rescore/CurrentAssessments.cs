using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;
using Zhixin.Credit.Scoring;

namespace Zhixin.Credit.Features.Rescore;

/// <summary>What the full rescoring compares of a firm's current assessment: its figures, the SHA-256 of its breakdown, and its bookkeeping.</summary>
internal sealed record CurrentFigures(
    int RuleSetVersion, decimal Score, CreditGrade Grade, RiskClass RiskClass, byte[] BreakdownSha256, long? InputsFingerprint, DateOnly? NextPossibleChangeOn);

/// <summary>
/// The current assessments of many firms, for the full rescoring to tell which changed. On PostgreSQL the database
/// hashes each stored breakdown and sends the hash instead of the text (a few kilobytes per firm, most of a run's
/// transfer when nothing changed); elsewhere the breakdown is read and hashed here. Either way the same rule as
/// <see cref="AssessmentChange.Differs"/> decides.
/// </summary>
internal static class CurrentAssessments
{
    public static async Task<Dictionary<string, CurrentFigures>> LoadAsync(CreditDbContext db, string[] codes, CancellationToken cancellationToken)
    {
        var current = new Dictionary<string, CurrentFigures>(codes.Length, StringComparer.Ordinal);
        if (!db.Database.IsNpgsql())
        {
            var rows = await db.Assessments.AsNoTracking()
                .Where(a => codes.Contains(a.EnterpriseCreditCode) && a.IsCurrent)
                .Select(a => new { a.EnterpriseCreditCode, a.RuleSetVersion, a.Score, a.Grade, a.RiskClass, a.Breakdown, a.InputsFingerprint, a.NextPossibleChangeOn })
                .ToListAsync(cancellationToken);
            foreach (var a in rows)
            {
                current[a.EnterpriseCreditCode] = new CurrentFigures(
                    a.RuleSetVersion, a.Score, a.Grade, a.RiskClass, SHA256.HashData(Encoding.UTF8.GetBytes(a.Breakdown)), a.InputsFingerprint, a.NextPossibleChangeOn);
            }

            return current;
        }

        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText =
            "SELECT enterprise_credit_code, rule_set_version, score, grade, risk_class, sha256(convert_to(breakdown, 'UTF8')), inputs_fingerprint, next_possible_change_on " +
            "FROM credit.credit_assessments WHERE is_current AND enterprise_credit_code = ANY(@codes)";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "codes";
        parameter.Value = codes;
        command.Parameters.Add(parameter);
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            current[reader.GetString(0)] = new CurrentFigures(
                reader.GetInt32(1), reader.GetDecimal(2), (CreditGrade)reader.GetInt32(3), (RiskClass)reader.GetInt32(4), reader.GetFieldValue<byte[]>(5),
                reader.IsDBNull(6) ? null : reader.GetInt64(6), reader.IsDBNull(7) ? null : reader.GetFieldValue<DateOnly>(7));
        }

        return current;
    }

    public static bool Differs([NotNullWhen(false)] CurrentFigures? current, CreditScore score, byte[] breakdown) =>
        current is null || current.RuleSetVersion != score.RuleSetVersion || current.Score != score.Score
        || current.Grade != score.Grade || current.RiskClass != score.RiskClass || !current.BreakdownSha256.AsSpan().SequenceEqual(SHA256.HashData(breakdown));
}

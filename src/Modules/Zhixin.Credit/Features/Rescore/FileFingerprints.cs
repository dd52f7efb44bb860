using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Zhixin.Credit.Data;
using Zhixin.Credit.Domain;

namespace Zhixin.Credit.Features.Rescore;

/// <summary>The firms a full rescoring must score, each with the fingerprint of its file taken before it is read.</summary>
internal sealed record DueFirms(int Total, string[] Codes, long?[] Fingerprints);

/// <summary>
/// Fingerprints of credit files taken by PostgreSQL: every row the scorer reads (records not voided, listings that cap
/// the grade) hashed whole by <c>hash_record_extended</c> and combined with XOR, so the order rows are read in does not
/// matter and no text leaves the database. The full rescoring compares them with the fingerprint each current
/// assessment was scored from and scores only the firms whose file changed, whose rule set changed, or whose
/// <see cref="CreditAssessment.NextPossibleChangeOn"/> has come: it catches a record however it arrived, even by hand in
/// SQL. A fingerprint is taken before the file is read, so a row committed in between makes the two differ and the firm
/// is scored again the next night, never skipped with a stale score. The hash may change with a major PostgreSQL
/// version; every firm is then scored once. SQLite has no such function: there every firm is scored every time.
/// </summary>
internal static class FileFingerprints
{
    private const string RecordRow =
        "CASE WHEN r.voided_at IS NULL THEN hash_record_extended(ROW(r.id, r.kind, r.severity, r.occurred_on, r.repaired_on, r.title), 0) ELSE 0 END";

    private const string ListingRow =
        "hash_record_extended(ROW(l.id, l.kind, l.listed_from, l.listed_until, l.grade_at_best, l.decision_number), 0)";

    private const string CappingListings = "l.status = @listed AND l.grade_at_best IS NOT NULL";

    public static bool Kept(CreditDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.IsNpgsql();
    }

    /// <summary>
    /// Every firm with a record or an assessment, and of them the ones due for scoring today under
    /// <paramref name="ruleSetVersion"/>; with <paramref name="all"/> every one of them is due.
    /// </summary>
    public static async Task<DueFirms> DueAsync(CreditDbContext db, int ruleSetVersion, DateOnly today, bool all, CancellationToken cancellationToken)
    {
        await using var command = Command(db,
            $"""
            WITH records AS (
                SELECT r.enterprise_credit_code AS code, bit_xor({RecordRow}) AS print
                FROM credit.credit_records r GROUP BY r.enterprise_credit_code),
            listings AS (
                SELECT l.enterprise_credit_code AS code, bit_xor({ListingRow}) AS print
                FROM credit.credit_listings l WHERE {CappingListings} GROUP BY l.enterprise_credit_code),
            current AS (
                SELECT enterprise_credit_code AS code, rule_set_version, inputs_fingerprint, next_possible_change_on
                FROM credit.credit_assessments WHERE is_current),
            firms AS (
                SELECT coalesce(r.code, a.code) AS code,
                       coalesce(r.print, 0) # coalesce(l.print, 0) AS print,
                       @all OR a.code IS NULL OR a.rule_set_version <> @version OR a.next_possible_change_on <= @today
                           OR a.inputs_fingerprint IS DISTINCT FROM coalesce(r.print, 0) # coalesce(l.print, 0) AS due
                FROM records r
                FULL JOIN current a ON a.code = r.code
                LEFT JOIN listings l ON l.code = coalesce(r.code, a.code))
            SELECT count(*)::integer,
                   coalesce(array_agg(code) FILTER (WHERE due), ARRAY[]::text[]),
                   coalesce(array_agg(print) FILTER (WHERE due), ARRAY[]::bigint[])
            FROM firms
            """);
        Add(command, "all", all);
        Add(command, "version", ruleSetVersion);
        Add(command, "today", today);
        // One pass over every record of the province: minutes at tens of millions of rows, more than a command's
        // default 30 s. The caller's cancellation (the nightly job stopping) still ends it.
        command.CommandTimeout = 0;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await ReadDueAsync(command, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<DueFirms> ReadDueAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var codes = reader.GetFieldValue<string[]>(1);
        var prints = reader.GetFieldValue<long[]>(2).Select(p => (long?)p).ToArray();
        // Chunks in code order, as before, so a run's progress moves through the codes.
        Array.Sort(codes, prints, StringComparer.Ordinal);
        return new DueFirms(reader.GetInt32(0), codes, prints);
    }

    /// <summary>The fingerprint of one firm's file now; call it inside the firm's lock, before its file is read.</summary>
    public static async Task<long?> OfFirmAsync(CreditDbContext db, string creditCode, CancellationToken cancellationToken)
    {
        if (!Kept(db))
        {
            return null;
        }

        await using var command = Command(db,
            $"""
            SELECT coalesce((SELECT bit_xor({RecordRow}) FROM credit.credit_records r WHERE r.enterprise_credit_code = @code), 0)
                 # coalesce((SELECT bit_xor({ListingRow}) FROM credit.credit_listings l WHERE l.enterprise_credit_code = @code AND {CappingListings}), 0)
            """);
        Add(command, "code", creditCode);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static DbCommand Command(CreditDbContext db, string sql)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
#pragma warning disable CA2100 // Only constants of this class make up the SQL; values are parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        Add(command, "listed", (int)ListingStatus.Listed);
        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

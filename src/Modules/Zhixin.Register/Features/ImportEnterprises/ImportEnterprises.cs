using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Audit;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Data;
using Zhixin.Platform.Tabular;
using Zhixin.Platform.Web;
using Zhixin.Register.Data;
using Zhixin.Register.Domain;
using Zhixin.Register.Features.EnterpriseFiles;

namespace Zhixin.Register.Features.ImportEnterprises;

/// <param name="Path">The file on disk (an upload is saved to a temporary file first).</param>
/// <param name="FileName">The name the user gave it, for messages and the batch record.</param>
internal sealed record ImportEnterprisesRequest(string Path, string FileName, bool DryRun = false);

/// <summary>
/// Imports a spreadsheet of enterprises, atomically and idempotently. The first pass reads and checks every
/// row without storing anything (codes, fields, duplicates in the file and against the register, the
/// caller's jurisdiction, formulas and merged cells); a file with any error is rejected whole, with a
/// row-by-row report. The second pass inserts the new rows in one transaction with the batch record and the
/// audit entry. Rows identical to the register are counted unchanged, and a file already imported changes
/// nothing, so importing the same file twice is harmless. Memory stays bounded: rows stream, and the
/// duplicate check keeps 16 bytes per code.
/// </summary>
internal sealed class ImportEnterprisesHandler(RegisterDbContext db, IAuditLog audit, TimeProvider clock)
{
    public const string Kind = "enterprises";
    public const int MaxReportedErrors = 10_000;
    private const int LookupChunk = 500;

    public async Task<ImportReport> HandleAsync(ImportEnterprisesRequest request, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var batchId = Guid.CreateVersion7(clock.GetUtcNow());
        var sha256 = await HashAsync(request.Path, cancellationToken);

        // Only the caller's own scope counts: a file another region imported is checked row by row here.
        var previous = await db.ImportBatches.AsNoTracking()
            .Where(b => b.Kind == Kind && b.Sha256 == sha256 && b.Status == ImportStatus.Imported)
            .Select(b => new { b.Id, b.RowsRead })
            .FirstOrDefaultAsync(cancellationToken);
        if (previous is not null)
        {
            var again = new ImportReport(previous.Id, request.FileName, sha256, ImportStatus.Imported, AlreadyImported: true,
                previous.RowsRead, 0, previous.RowsRead, 0, []);
            if (!request.DryRun)
            {
                await audit.AppendStandaloneAsync(db, AuditOf(again), null, cancellationToken);
            }

            return again;
        }

        var check = await CheckAsync(request, progress, cancellationToken);
        var report = new ImportReport(batchId, request.FileName, sha256,
            check.Errors.Count == 0 ? ImportStatus.Imported : ImportStatus.Rejected, AlreadyImported: false,
            check.RowsRead, check.Errors.Count == 0 ? check.NewRows : 0, check.Unchanged, check.ErrorCount, check.Errors);
        if (request.DryRun)
        {
            return report;
        }

        if (report.Status == ImportStatus.Rejected)
        {
            await StoreRejectionAsync(report, cancellationToken);
            return report;
        }

        await InsertAsync(request, report, check.Unchanged > 0 ? check.ExistingCodes : null, progress, cancellationToken);
        return report;
    }

    private sealed class CheckResult
    {
        public List<ImportError> Errors { get; } = [];

        public long ErrorCount { get; set; }

        public long RowsRead { get; set; }

        public long NewRows { get; set; }

        public long Unchanged { get; set; }

        /// <summary>Codes found identical in the register; the insert pass skips them.</summary>
        public HashSet<UInt128> ExistingCodes { get; } = [];

        public void Add(ImportError error)
        {
            ErrorCount++;
            if (Errors.Count < MaxReportedErrors)
            {
                Errors.Add(error);
            }
        }
    }

    private async Task<CheckResult> CheckAsync(ImportEnterprisesRequest request, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var result = new CheckResult();
        ITabularReader reader;
        try
        {
            reader = TabularFile.Open(request.Path, new TabularReadOptions { FileName = request.FileName, MaxUncompressedBytes = 2L << 30 });
        }
        catch (TabularFileException e)
        {
            result.Add(new ImportError(0, null, null, e.Message));
            return result;
        }

        using (reader)
        {
            var layout = ReadHeader(reader, result);
            if (layout is null)
            {
                return result;
            }

            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(8));
            var firstRowOf = new Dictionary<UInt128, long>();
            var pending = new List<(long Row, EnterpriseDetails Details)>(LookupChunk);
            long? emptySince = null;
            try
            {
                foreach (var row in reader.Rows())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (row.IsEmpty)
                    {
                        // Blank rows after the last data row are harmless; blank rows between data rows are reported.
                        emptySince ??= row.Number;
                        continue;
                    }

                    if (emptySince is { } blank)
                    {
                        for (var r = blank; r < row.Number; r++)
                        {
                            result.Add(new ImportError(r, null, null, RegisterText.Format("Import.EmptyRow", r)));
                        }

                        emptySince = null;
                    }

                    result.RowsRead++;
                    if (result.RowsRead % 10_000 == 0)
                    {
                        progress?.Report(result.RowsRead);
                    }

                    var details = CheckRow(row, layout, today, result);
                    if (details is null)
                    {
                        continue;
                    }

                    var key = CreditCodeKey.Pack(details.CreditCode.Value);
                    if (!firstRowOf.TryAdd(key, row.Number))
                    {
                        result.Add(new ImportError(row.Number, EnterpriseColumns.HeaderOf(EnterpriseFields.Names.CreditCode), details.CreditCode.Value,
                            RegisterText.Format("Import.DuplicateInFile", details.CreditCode.Value, firstRowOf[key])));
                        continue;
                    }

                    pending.Add((row.Number, details));
                    if (pending.Count == LookupChunk)
                    {
                        await CompareWithRegisterAsync(pending, result, cancellationToken);
                        pending.Clear();
                    }
                }
            }
            catch (TabularFileException e)
            {
                result.Add(new ImportError(0, null, null, e.Message));
                return result;
            }

            await CompareWithRegisterAsync(pending, result, cancellationToken);
            foreach (var issue in reader.FileIssues)
            {
                result.Add(new ImportError(issue.Row, issue.Column > 0 ? layout.HeaderAt(issue.Column) : null, issue.Value, issue.Message));
            }

            if (result.RowsRead == 0 && result.ErrorCount == 0)
            {
                result.Add(new ImportError(0, null, null, RegisterText.Get("Import.NoRows")));
            }

            progress?.Report(result.RowsRead);
            return result;
        }
    }

    private static FileLayout? ReadHeader(ITabularReader reader, CheckResult result)
    {
        var fieldsAt = new Dictionary<string, int>(StringComparer.Ordinal);
        var header = reader.Header;
        for (var i = 0; i < header.Count; i++)
        {
            var text = header[i];
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var column = EnterpriseColumns.Match(text);
            if (column is null)
            {
                result.Add(new ImportError(reader.HeaderRowNumber, text, text, RegisterText.Format("Import.UnknownColumn", text, string.Join("、", EnterpriseColumns.ExportHeader))));
            }
            else if (!fieldsAt.TryAdd(column.Field, i))
            {
                result.Add(new ImportError(reader.HeaderRowNumber, text, text, RegisterText.Format("Import.DuplicateColumn", text, header[fieldsAt[column.Field]])));
            }
        }

        foreach (var missing in EnterpriseColumns.All.Where(c => c.Required && !fieldsAt.ContainsKey(c.Field)))
        {
            result.Add(new ImportError(reader.HeaderRowNumber, missing.Header, null, RegisterText.Format("Import.MissingColumn", missing.Header)));
        }

        return result.ErrorCount == 0 ? new FileLayout(header, fieldsAt) : null;
    }

    private EnterpriseDetails? CheckRow(TabularRow row, FileLayout layout, DateOnly today, CheckResult result)
    {
        var before = result.ErrorCount;
        foreach (var issue in row.Issues)
        {
            result.Add(new ImportError(row.Number, issue.Column > 0 ? layout.HeaderAt(issue.Column) : null, issue.Value, issue.Message));
        }

        var errors = new FieldErrors();
        var details = layout.Fields(row).Validate(errors, allowCheckOverride: false, today);
        foreach (var (field, message) in errors.All)
        {
            result.Add(new ImportError(row.Number, layout.HeaderOf(field), layout.Value(row, field), message));
        }

        if (details is not null && !db.Caller.Scope.Includes(details.Region.Value))
        {
            result.Add(new ImportError(row.Number, layout.HeaderOf(EnterpriseFields.Names.RegionCode), details.Region.Value,
                RegisterText.Format("Enterprise.RegionOutsideScope", details.Region.Value)));
        }

        return result.ErrorCount == before ? details : null;
    }

    private async Task CompareWithRegisterAsync(List<(long Row, EnterpriseDetails Details)> pending, CheckResult result, CancellationToken cancellationToken)
    {
        if (pending.Count == 0)
        {
            return;
        }

        var codes = pending.Select(p => p.Details.CreditCode.Value).ToList();
        // Voided and out-of-scope records count too: the code is taken either way.
        var existing = await db.Enterprises.IgnoreQueryFilters().AsNoTracking()
            .Where(e => codes.Contains(e.CreditCode))
            .ToDictionaryAsync(e => e.CreditCode, StringComparer.Ordinal, cancellationToken);
        foreach (var (row, details) in pending)
        {
            if (!existing.TryGetValue(details.CreditCode.Value, out var stored))
            {
                result.NewRows++;
            }
            else if (stored.VoidedAt is null && stored.SameDetailsAs(details))
            {
                result.Unchanged++;
                result.ExistingCodes.Add(CreditCodeKey.Pack(details.CreditCode.Value));
            }
            else
            {
                result.Add(new ImportError(row, EnterpriseColumns.HeaderOf(EnterpriseFields.Names.CreditCode), details.CreditCode.Value,
                    RegisterText.Format(stored.VoidedAt is null ? "Import.DifferentInRegister" : "Import.VoidedInRegister", details.CreditCode.Value, stored.Name)));
            }
        }
    }

    private async Task InsertAsync(ImportEnterprisesRequest request, ImportReport report, HashSet<UInt128>? skip, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var actor = db.Caller.Name;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        using (var reader = TabularFile.Open(request.Path, new TabularReadOptions { FileName = request.FileName, MaxUncompressedBytes = 2L << 30 }))
        {
            var layout = new FileLayout(reader.Header, reader.Header
                .Select((text, index) => (Column: EnterpriseColumns.Match(text ?? ""), index))
                .Where(c => c.Column is not null)
                .ToDictionary(c => c.Column!.Field, c => c.index, StringComparer.Ordinal));
            var today = DateOnly.FromDateTime(now.UtcDateTime.AddHours(8));
            long done = 0;
            var enterprises = reader.Rows()
                .Where(row => !row.IsEmpty)
                .Select(row => layout.Fields(row).Validate(new FieldErrors(), allowCheckOverride: false, today)
                    ?? throw new InvalidOperationException($"Row {row.Number} changed between the check and the insert."))
                .Where(details => skip is null || !skip.Contains(CreditCodeKey.Pack(details.CreditCode.Value)))
                .Select(details =>
                {
                    if (++done % 10_000 == 0)
                    {
                        progress?.Report(done);
                    }

                    return Enterprise.Register(details, null, report.BatchId, now, actor);
                });
            await BulkInsert.InsertAsync(db, enterprises, cancellationToken);
        }

        db.ImportBatches.Add(BatchOf(report, now));
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(db, [AuditOf(report)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task StoreRejectionAsync(ImportReport report, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ImportBatches.Add(BatchOf(report, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(db, [AuditOf(report)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private ImportBatch BatchOf(ImportReport report, DateTimeOffset now) => new()
    {
        Id = report.BatchId,
        Kind = Kind,
        FileName = report.FileName.Length > 260 ? report.FileName[..260] : report.FileName,
        Sha256 = report.Sha256,
        Status = report.Status,
        RowsRead = report.RowsRead,
        Inserted = report.Inserted,
        Unchanged = report.Unchanged,
        ErrorCount = report.ErrorCount,
        ErrorReport = report.Errors.Count == 0 ? null : ImportReport.ToCsv(report.Errors),
        ImportedAt = now,
        ImportedBy = db.Caller.Name,
        RegionCode = db.Caller.RegionCode ?? "000000",
    };

    private static AuditRecord AuditOf(ImportReport report) => new(
        AuditActions.Import,
        nameof(Enterprise),
        report.BatchId.ToString(),
        Detail: JsonSerializer.Serialize(new
        {
            file = report.FileName,
            sha256 = report.Sha256,
            status = report.Status.ToString(),
            alreadyImported = report.AlreadyImported,
            rows = report.RowsRead,
            inserted = report.Inserted,
            unchanged = report.Unchanged,
            errors = report.ErrorCount,
        }));

    private static async Task<string> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }

    /// <summary>Where each field sits in this file.</summary>
    private sealed class FileLayout(IReadOnlyList<string> header, Dictionary<string, int> fieldsAt)
    {
        public string? HeaderAt(int column) => column - 1 < header.Count ? header[column - 1] : null;

        public string HeaderOf(string field) => fieldsAt.TryGetValue(field, out var index) ? header[index] : EnterpriseColumns.HeaderOf(field);

        public string? Value(TabularRow row, string field) => fieldsAt.TryGetValue(field, out var index) && index < row.Cells.Count ? row.Cells[index] : null;

        public EnterpriseFields Fields(TabularRow row) => new(
            Value(row, EnterpriseFields.Names.CreditCode),
            Value(row, EnterpriseFields.Names.OrgCode),
            Value(row, EnterpriseFields.Names.Name),
            Value(row, EnterpriseFields.Names.RegionCode),
            Value(row, EnterpriseFields.Names.IndustryCode),
            Value(row, EnterpriseFields.Names.Status),
            Value(row, EnterpriseFields.Names.LegalRepresentative),
            Value(row, EnterpriseFields.Names.Address),
            Value(row, EnterpriseFields.Names.EstablishedOn));
    }
}

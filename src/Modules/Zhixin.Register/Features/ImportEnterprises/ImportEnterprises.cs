using System.Security.Cryptography;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Zhixin.Platform.Audit;
using Zhixin.Platform.Codes;
using Zhixin.Platform.Data;
using Zhixin.Platform.Scoping;
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
/// Imports a spreadsheet of enterprises, atomically and idempotently, in one streaming pass. One thread reads
/// and checks rows (codes, fields, duplicates in the file, the caller's jurisdiction, formulas, merged cells,
/// blank rows); the other compares each chunk with the register and inserts the new rows inside one
/// transaction (binary COPY or a prepared statement). From the first error on nothing more is inserted, the
/// rest of the file is still checked for the report, and the transaction is rolled back: a rejected file
/// leaves only its error report. Rows identical to the register count as unchanged, and a file already
/// imported changes nothing. Memory stays bounded: rows stream, and the duplicate check keeps 16 bytes a code.
/// </summary>
internal sealed class ImportEnterprisesHandler(
    RegisterDbContext db,
    DbContextOptions<RegisterDbContext> options,
    ICallerContext callerContext,
    IAuditLog audit,
    TimeProvider clock)
{
    public const string Kind = "enterprises";
    public const int MaxReportedErrors = 10_000;
    private const int Chunk = 500;
    private const string ImportCache = "PRAGMA cache_size = -65536";
    private const string DefaultCache = "PRAGMA cache_size = -2000";

    public async Task<ImportReport> HandleAsync(ImportEnterprisesRequest request, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = clock.GetUtcNow();
        var batchId = Guid.CreateVersion7(now);
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

        var result = new CheckResult();
        IDbContextTransaction? transaction = null;
        IBulkWriter<Enterprise>? writer = null;
        try
        {
            if (!request.DryRun)
            {
                transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await SqliteCacheAsync(ImportCache, cancellationToken);
                writer = await BulkInsert.BeginAsync<Enterprise>(db, cancellationToken);
            }

            await ImportRowsAsync(request, batchId, now, writer, result, progress, cancellationToken);
            var report = new ImportReport(batchId, request.FileName, sha256,
                result.ErrorCount == 0 ? ImportStatus.Imported : ImportStatus.Rejected, AlreadyImported: false,
                result.RowsRead, result.ErrorCount == 0 ? result.NewRows : 0, result.Unchanged, result.ErrorCount, result.SortedErrors());
            if (request.DryRun)
            {
                return report;
            }

            if (report.Status == ImportStatus.Rejected)
            {
                await writer!.DisposeAsync();
                writer = null;
                await transaction!.RollbackAsync(cancellationToken);
                await transaction.DisposeAsync();
                transaction = null;
                await StoreRejectionAsync(report, cancellationToken);
                return report;
            }

            await writer!.CompleteAsync(cancellationToken);
            await writer.DisposeAsync();
            writer = null;
            db.ImportBatches.Add(BatchOf(report, now));
            await db.SaveChangesAsync(cancellationToken);
            await audit.AppendAsync(db, [AuditOf(report)], cancellationToken);
            await transaction!.CommitAsync(cancellationToken);
            return report;
        }
        finally
        {
            if (writer is not null)
            {
                await writer.DisposeAsync();
            }

            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }

            if (!request.DryRun)
            {
                await SqliteCacheAsync(DefaultCache, CancellationToken.None);
            }
        }
    }

    /// <summary>
    /// SQLite keeps 2 MB of pages by default; inserting a million rows into four indexes on random keys then
    /// rereads the same pages over and over. A 64 MB cache for the import's connection, and back afterwards
    /// since the connection returns to the pool.
    /// </summary>
    private async Task SqliteCacheAsync(string pragma, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync(pragma, cancellationToken);
        }
    }
    private sealed class CheckResult
    {
        private readonly Lock guard = new();
        private readonly List<ImportError> errors = [];
        private long errorCount;

        public long ErrorCount => Interlocked.Read(ref errorCount);

        public long RowsRead { get; set; }

        public long NewRows { get; set; }

        public long Unchanged { get; set; }

        public void Add(ImportError error)
        {
            lock (guard)
            {
                errorCount++;
                if (errors.Count < MaxReportedErrors)
                {
                    errors.Add(error);
                }
            }
        }

        /// <summary>Row order, as the user reads the file; the two threads find errors in their own order.</summary>
        public List<ImportError> SortedErrors()
        {
            lock (guard)
            {
                return [.. errors.OrderBy(e => e.Row)];
            }
        }
    }

    private async Task ImportRowsAsync(
        ImportEnterprisesRequest request, Guid batchId, DateTimeOffset now, IBulkWriter<Enterprise>? writer,
        CheckResult result, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ITabularReader reader;
        try
        {
            reader = TabularFile.Open(request.Path, new TabularReadOptions { FileName = request.FileName, MaxUncompressedBytes = 2L << 30 });
        }
        catch (TabularFileException e)
        {
            result.Add(new ImportError(0, null, null, e.Message));
            return;
        }

        using (reader)
        {
            var layout = ReadHeader(reader, result);
            if (layout is null)
            {
                return;
            }

            var chunks = Channel.CreateBounded<List<(long Row, EnterpriseDetails Details)>>(new BoundedChannelOptions(4) { SingleReader = true, SingleWriter = true });
            var today = DateOnly.FromDateTime(now.UtcDateTime.AddHours(8));
            var scope = callerContext.Current.Scope;
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var producer = Task.Run(() => ReadRowsAsync(reader, layout, today, scope, chunks.Writer, result, progress, stop.Token), stop.Token);
            try
            {
                // Lookups go through a connection of their own: the writer's connection is busy with the COPY.
                await using var lookup = new RegisterDbContext(options, callerContext);
                var actor = callerContext.Current.Name;
                await foreach (var chunk in chunks.Reader.ReadAllAsync(cancellationToken))
                {
                    var fresh = await CompareWithRegisterAsync(lookup, chunk, result, cancellationToken);
                    if (writer is null || result.ErrorCount > 0)
                    {
                        continue;
                    }

                    foreach (var details in fresh)
                    {
                        await writer.WriteAsync(Enterprise.Register(details, null, batchId, now, actor), cancellationToken);
                    }
                }
            }
            catch
            {
                // The reader must not wait forever on a full channel nobody reads any more.
                await stop.CancelAsync();
                await Task.WhenAny(producer);
                throw;
            }

            await producer;
            foreach (var issue in reader.FileIssues)
            {
                result.Add(new ImportError(issue.Row, issue.Column > 0 ? layout.HeaderAt(issue.Column) : null, issue.Value, issue.Message));
            }

            if (result.RowsRead == 0 && result.ErrorCount == 0)
            {
                result.Add(new ImportError(0, null, null, RegisterText.Get("Import.NoRows")));
            }

            progress?.Report(result.RowsRead);
        }
    }

    /// <summary>Reads and checks every row; hands valid rows on in chunks. Runs on its own thread.</summary>
    private static async Task ReadRowsAsync(
        ITabularReader reader, FileLayout layout, DateOnly today, RegionScope scope,
        ChannelWriter<List<(long Row, EnterpriseDetails Details)>> chunks, CheckResult result, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        Exception? failure = null;
        try
        {
            var firstRowOf = new Dictionary<UInt128, long>();
            var chunk = new List<(long Row, EnterpriseDetails Details)>(Chunk);
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

                    var details = CheckRow(row, layout, today, scope, result);
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

                    chunk.Add((row.Number, details));
                    if (chunk.Count == Chunk)
                    {
                        await chunks.WriteAsync(chunk, cancellationToken);
                        chunk = new List<(long Row, EnterpriseDetails Details)>(Chunk);
                    }
                }
            }
            catch (TabularFileException e)
            {
                result.Add(new ImportError(0, null, null, e.Message));
            }

            if (chunk.Count > 0)
            {
                await chunks.WriteAsync(chunk, cancellationToken);
            }
        }
        catch (Exception e)
        {
            failure = e;
            throw;
        }
        finally
        {
            chunks.TryComplete(failure);
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

    private static EnterpriseDetails? CheckRow(TabularRow row, FileLayout layout, DateOnly today, RegionScope scope, CheckResult result)
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

        if (details is not null && !scope.Includes(details.Region.Value))
        {
            result.Add(new ImportError(row.Number, layout.HeaderOf(EnterpriseFields.Names.RegionCode), details.Region.Value,
                RegisterText.Format("Enterprise.RegionOutsideScope", details.Region.Value)));
        }

        return result.ErrorCount == before ? details : null;
    }

    /// <summary>Classifies a chunk against the register: new, identical (unchanged) or in conflict (an error). Returns the new ones.</summary>
    private static async Task<List<EnterpriseDetails>> CompareWithRegisterAsync(
        RegisterDbContext lookup, List<(long Row, EnterpriseDetails Details)> chunk, CheckResult result, CancellationToken cancellationToken)
    {
        var codes = chunk.Select(p => p.Details.CreditCode.Value).ToList();
        // Voided and out-of-scope records count too: the code is taken either way.
        var existing = await lookup.Enterprises.IgnoreQueryFilters().AsNoTracking()
            .Where(e => codes.Contains(e.CreditCode))
            .ToDictionaryAsync(e => e.CreditCode, StringComparer.Ordinal, cancellationToken);
        var fresh = new List<EnterpriseDetails>(chunk.Count);
        foreach (var (row, details) in chunk)
        {
            if (!existing.TryGetValue(details.CreditCode.Value, out var stored))
            {
                result.NewRows++;
                fresh.Add(details);
            }
            else if (stored.VoidedAt is null && stored.SameDetailsAs(details))
            {
                result.Unchanged++;
            }
            else
            {
                result.Add(new ImportError(row, EnterpriseColumns.HeaderOf(EnterpriseFields.Names.CreditCode), details.CreditCode.Value,
                    RegisterText.Format(stored.VoidedAt is null ? "Import.DifferentInRegister" : "Import.VoidedInRegister", details.CreditCode.Value, stored.Name)));
            }
        }

        return fresh;
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

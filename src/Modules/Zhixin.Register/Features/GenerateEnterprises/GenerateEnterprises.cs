using System.Text.Json;
using Zhixin.Platform.Audit;
using Zhixin.Platform.Data;
using Zhixin.Platform.Tabular;
using Zhixin.Register.Data;
using Zhixin.Register.Domain;
using Zhixin.Register.Features.EnterpriseFiles;

namespace Zhixin.Register.Features.GenerateEnterprises;

internal sealed record GenerateEnterprisesRequest(long Count, int Seed, string? OutputFile);

/// <summary>
/// Puts generated enterprises into the register (one atomic batch, audited) or, with an output file, writes
/// them as an import file, which is how the import benchmark gets its input.
/// </summary>
internal sealed class GenerateEnterprisesHandler(RegisterDbContext db, IAuditLog audit, TimeProvider clock)
{
    public const string Kind = "generated";

    public async Task<long> HandleAsync(GenerateEnterprisesRequest request, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var rows = Counted(EnterpriseGenerator.Generate(request.Count, request.Seed), progress);
        if (request.OutputFile is { } path)
        {
            var format = Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase) ? TabularFormat.Xlsx : TabularFormat.Csv;
            await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            await using var writer = TabularWriter.Create(file, format, EnterpriseColumns.ExportHeader, "企业名录");
            foreach (var details in rows)
            {
                writer.WriteRow(EnterpriseColumns.ToRow(details));
            }

            return request.Count;
        }

        var now = clock.GetUtcNow();
        var batchId = Guid.CreateVersion7(now);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var inserted = await BulkInsert.InsertAsync(db, rows.Select(d => Enterprise.Register(d, null, batchId, now, db.Caller.Name)), cancellationToken);
        db.ImportBatches.Add(new ImportBatch
        {
            Id = batchId,
            Kind = Kind,
            FileName = $"generate --enterprises {request.Count} --seed {request.Seed}",
            Sha256 = $"seed:{request.Seed}:count:{request.Count}",
            Status = ImportStatus.Imported,
            RowsRead = inserted,
            Inserted = inserted,
            ImportedAt = now,
            ImportedBy = db.Caller.Name,
            RegionCode = db.Caller.RegionCode ?? "000000",
        });
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(db,
            [new AuditRecord(AuditActions.Import, nameof(Enterprise), batchId.ToString(),
                Detail: JsonSerializer.Serialize(new { generated = inserted, seed = request.Seed }))],
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return inserted;
    }

    private static IEnumerable<EnterpriseDetails> Counted(IEnumerable<EnterpriseDetails> rows, IProgress<long>? progress)
    {
        long count = 0;
        foreach (var row in rows)
        {
            yield return row;
            if (++count % 10_000 == 0)
            {
                progress?.Report(count);
            }
        }

        progress?.Report(count);
    }
}

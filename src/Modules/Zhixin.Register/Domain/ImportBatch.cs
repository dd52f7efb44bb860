using Zhixin.Platform.Scoping;

namespace Zhixin.Register.Domain;

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ImportStatus>))]
internal enum ImportStatus
{
    Imported = 1,
    Rejected = 2,
}

/// <summary>
/// One import of one file: who, when, what it changed, and for a rejected file the row-by-row error report,
/// kept so it can be downloaded later. The file's SHA-256 makes a second import of the same file a no-op.
/// </summary>
internal sealed class ImportBatch : IRegionScoped
{
    public Guid Id { get; init; }

    public required string Kind { get; init; }

    public required string FileName { get; init; }

    public required string Sha256 { get; init; }

    public ImportStatus Status { get; init; }

    public long RowsRead { get; init; }

    public long Inserted { get; init; }

    public long Unchanged { get; init; }

    public long ErrorCount { get; init; }

    /// <summary>The error report as CSV (row, column, value, reason), the first errors up to a cap.</summary>
    public string? ErrorReport { get; init; }

    public DateTimeOffset ImportedAt { get; init; }

    public required string ImportedBy { get; init; }

    /// <summary>The importer's region; "000000" for the command line.</summary>
    public required string RegionCode { get; init; }
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;
using Zhixin.Inspection.Features.RecordResults;
using Zhixin.Platform.Events;
using Zhixin.Platform.Pages.Support;
using Zhixin.Platform.Tabular;
using Zhixin.Platform.Web;

namespace Zhixin.Inspection.Features.ImportResults;

/// <param name="Path">The file on disk (an upload is saved to a temporary file first).</param>
/// <param name="FileName">The name the user gave it, for messages.</param>
internal sealed record ImportResultsRequest(string Path, string FileName, bool DryRun = false);

/// <summary>One reason the file cannot be imported. Row 0 is the file as a whole; the column is the header as written in the file.</summary>
internal sealed record ImportResultsError(long Row, string? Column, string? Value, string Reason);

/// <summary>What the import stored (or, for a dry run, would store), or every reason it stored nothing.</summary>
/// <param name="Stored">True only when the results were saved: no error and not a dry run.</param>
internal sealed record ImportResultsReport(
    string FileName, bool DryRun, bool Stored, int Rows, int Batches, int Items, int FailedBatches, int ErrorCount, IReadOnlyList<ImportResultsError> Errors)
{
    public bool Succeeded => ErrorCount == 0;
}

/// <summary>
/// Imports a lab's results for many batches from one spreadsheet: one row per test item, grouped by 抽样单编号. Every
/// batch must be in the caller's scope and still without results, and every row of a batch must name the same
/// laboratory, report and date. Each batch's report goes through <see cref="RecordResultsHandler.Validate"/> and
/// <see cref="RecordResultsHandler.Apply"/>, so the rules and the BatchFailed event are those of a single entry. All
/// or nothing: one error anywhere and nothing is stored; otherwise every batch is saved by one SaveChanges, one
/// transaction, with its events in the same outbox write.
/// </summary>
internal sealed class ImportResultsHandler(InspectionDbContext db, OutboxDispatcher dispatcher, TimeProvider clock)
{
    /// <summary>A results file is a lab's delivery, not a bulk load: a few thousand items at most.</summary>
    public const int MaxRows = 20_000;

    public const int MaxReportedErrors = 1_000;

    private const int LookupChunk = 500;

    private static readonly string[] DateFormats =
        ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"];

    public async Task<ImportResultsReport> HandleAsync(ImportResultsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new ImportProblems();
        var rows = Read(request, problems);
        var groups = rows.GroupBy(r => r.SamplingNumber, StringComparer.Ordinal).Select(g => g.ToList()).ToList();
        var batches = await FindBatchesAsync([.. groups.Select(g => g[0].SamplingNumber)], cancellationToken);
        var today = ChinaTime.Today(clock);
        var accepted = new List<(SampleBatch Batch, LabReport Report)>();
        foreach (var group in groups)
        {
            if (Check(group, batches.GetValueOrDefault(group[0].SamplingNumber), today, problems) is { } checkedReport)
            {
                accepted.Add(checkedReport);
            }
        }

        var failed = accepted.Count(a => a.Report.Items.Any(i => i.Verdict == Verdict.Fail));
        var store = problems.Count == 0 && !request.DryRun && accepted.Count > 0;
        if (store)
        {
            var now = clock.GetUtcNow();
            foreach (var (batch, report) in accepted)
            {
                RecordResultsHandler.Apply(db, batch, report, now);
            }

            // One SaveChanges: every batch and every BatchFailed event commit together or not at all.
            await db.SaveChangesAsync(cancellationToken);
            dispatcher.Notify();
        }

        var ok = problems.Count == 0;
        return new ImportResultsReport(
            request.FileName, request.DryRun, store, rows.Count, ok ? accepted.Count : 0, ok ? accepted.Sum(a => a.Report.Items.Count) : 0,
            ok ? failed : 0, problems.Count, problems.Sorted());
    }

    /// <summary>Reads and checks the rows one by one; rows without a sampling number are reported and left out of the grouping.</summary>
    private static List<ResultRow> Read(ImportResultsRequest request, ImportProblems problems)
    {
        var rows = new List<ResultRow>();
        try
        {
            using var reader = TabularFile.Open(request.Path, new TabularReadOptions { FileName = request.FileName, MaxUncompressedBytes = 256L << 20 });
            var layout = ReadHeader(reader, problems);
            if (layout is null)
            {
                return rows;
            }

            foreach (var row in reader.Rows())
            {
                if (row.IsEmpty)
                {
                    continue;
                }

                if (rows.Count == MaxRows)
                {
                    problems.Add(row.Number, null, null, InspectionText.Format("Import.TooManyRows", MaxRows));
                    break;
                }

                foreach (var issue in row.Issues)
                {
                    problems.Add(row.Number, layout.HeaderAt(issue.Column), issue.Value, issue.Message);
                }

                if (ReadRow(row, layout, problems) is { } result)
                {
                    rows.Add(result);
                }
            }

            foreach (var issue in reader.FileIssues)
            {
                problems.Add(issue.Row, layout.HeaderAt(issue.Column), issue.Value, issue.Message);
            }

            if (rows.Count == 0 && problems.Count == 0)
            {
                problems.Add(0, null, null, InspectionText.Get("Import.NoRows"));
            }
        }
        catch (TabularFileException e)
        {
            problems.Add(0, null, null, e.Message);
        }

        return rows;
    }

    private static FileLayout? ReadHeader(ITabularReader reader, ImportProblems problems)
    {
        var header = reader.Header;
        if (header.Count == 0)
        {
            problems.Add(0, null, null, InspectionText.Get("Import.NoRows"));
            return null;
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(header[i]))
            {
                continue;
            }

            var column = ResultColumns.Match(header[i]);
            if (column is null)
            {
                problems.Add(reader.HeaderRowNumber, header[i], header[i],
                    InspectionText.Format("Import.UnknownColumn", header[i], string.Join("、", ResultColumns.Headers)));
            }
            else if (!columns.TryAdd(column, i))
            {
                problems.Add(reader.HeaderRowNumber, header[i], header[i], InspectionText.Format("Import.DuplicateColumn", header[i]));
            }
        }

        foreach (var (missing, _, _) in ResultColumns.All.Where(c => c.Required && !columns.ContainsKey(c.Header)))
        {
            problems.Add(reader.HeaderRowNumber, missing, null, InspectionText.Format("Import.MissingColumn", missing));
        }

        return problems.Count == 0 ? new FileLayout(header, columns) : null;
    }

    private static ResultRow? ReadRow(TabularRow row, FileLayout layout, ImportProblems problems)
    {
        var number = layout.Value(row, ResultColumns.SamplingNumber)?.Trim();
        if (string.IsNullOrEmpty(number))
        {
            problems.Add(row.Number, ResultColumns.SamplingNumber, null, InspectionText.Format("Field.Required", ResultColumns.SamplingNumber));
            return null;
        }

        var verdictText = layout.Value(row, ResultColumns.Verdict)?.Trim();
        var verdict = ParseVerdict(verdictText);
        if (verdict is null && !string.IsNullOrEmpty(verdictText))
        {
            problems.Add(row.Number, ResultColumns.Verdict, verdictText, InspectionText.Format("Import.VerdictUnknown", verdictText));
        }

        var dateText = layout.Value(row, ResultColumns.IssuedOn)?.Trim();
        DateOnly? issuedOn = null;
        if (!string.IsNullOrEmpty(dateText))
        {
            if (DateTime.TryParseExact(dateText, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.TimeOfDay == TimeSpan.Zero)
            {
                issuedOn = DateOnly.FromDateTime(day);
            }
            else
            {
                problems.Add(row.Number, ResultColumns.IssuedOn, dateText, InspectionText.Format("Import.DateFormat", dateText));
            }
        }

        return new ResultRow(
            row.Number, number,
            new TestItemInput(
                layout.Value(row, ResultColumns.ItemName), layout.Value(row, ResultColumns.StandardClause), layout.Value(row, ResultColumns.Requirement),
                layout.Value(row, ResultColumns.MeasuredValue), verdict),
            layout.Value(row, ResultColumns.Laboratory)?.Trim(), layout.Value(row, ResultColumns.ReportNumber)?.Trim(), dateText, issuedOn);
    }

    /// <summary>合格 / 不合格 as labs write them; Pass / Fail as the API names them.</summary>
    private static Verdict? ParseVerdict(string? text) => text switch
    {
        "合格" or "符合" => Verdict.Pass,
        "不合格" or "不符合" => Verdict.Fail,
        _ when string.Equals(text, nameof(Verdict.Pass), StringComparison.OrdinalIgnoreCase) => Verdict.Pass,
        _ when string.Equals(text, nameof(Verdict.Fail), StringComparison.OrdinalIgnoreCase) => Verdict.Fail,
        _ => null,
    };

    /// <summary>The batches named in the file that the caller can see (the scope filter hides the others), with their items.</summary>
    private async Task<Dictionary<string, SampleBatch>> FindBatchesAsync(List<string> numbers, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, SampleBatch>(StringComparer.Ordinal);
        foreach (var chunk in numbers.Chunk(LookupChunk))
        {
            var batches = await db.Batches.Include(b => b.Items).Where(b => chunk.Contains(b.SamplingNumber)).ToListAsync(cancellationToken);
            foreach (var batch in batches)
            {
                found[batch.SamplingNumber] = batch;
            }
        }

        return found;
    }

    /// <summary>One batch's rows checked as one lab report; null when anything is wrong (and reported).</summary>
    private (SampleBatch, LabReport)? Check(List<ResultRow> rows, SampleBatch? batch, DateOnly today, ImportProblems problems)
    {
        var first = rows[0];
        if (batch is null)
        {
            // Absent and out of scope read the same, so a file cannot probe another region's sampling numbers.
            foreach (var row in rows)
            {
                problems.Add(row.Row, ResultColumns.SamplingNumber, row.SamplingNumber, InspectionText.Format("Import.UnknownBatch", row.SamplingNumber));
            }

            return null;
        }

        if (!InspectionAccess.Manages(db.Caller, batch.RegionCode))
        {
            problems.Add(first.Row, ResultColumns.SamplingNumber, first.SamplingNumber, InspectionText.Get("Access.NotYourRegion"));
            return null;
        }

        if (batch.Verdict is not null)
        {
            problems.Add(first.Row, ResultColumns.SamplingNumber, first.SamplingNumber, InspectionText.Format("Results.AlreadyRecorded", batch.SamplingNumber));
            return null;
        }

        var before = problems.Count;
        foreach (var row in rows.Skip(1))
        {
            Same(row, first, ResultColumns.Laboratory, r => r.Laboratory, problems);
            Same(row, first, ResultColumns.ReportNumber, r => r.ReportNumber, problems);
            // Dates compare as dates: 2026-06-01 and 2026/6/1 are the same day.
            Same(row, first, ResultColumns.IssuedOn, r => r.IssuedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? r.IssuedOnText, problems);
        }

        var errors = new FieldErrors();
        var request = new RecordResultsRequest(first.Laboratory, first.ReportNumber, first.IssuedOn, [.. rows.Select(r => r.Item)]);
        var report = RecordResultsHandler.Validate(errors, batch, request, today, i => $"items[{i}].");
        foreach (var (field, message) in errors.All)
        {
            var (row, column) = Locate(field, rows);
            // A date that could not be read was reported as such; "the date is missing" would only repeat it.
            if (!(column == ResultColumns.IssuedOn && row.IssuedOnText is { Length: > 0 } && row.IssuedOn is null))
            {
                problems.Add(row.Row, column, column is null ? null : ValueOf(row, column), message);
            }
        }

        return problems.Count == before && report is not null ? (batch, report) : null;
    }

    private static void Same(ResultRow row, ResultRow first, string column, Func<ResultRow, string?> value, ImportProblems problems)
    {
        if (!string.Equals(value(row) ?? "", value(first) ?? "", StringComparison.Ordinal))
        {
            problems.Add(row.Row, column, ValueOf(row, column), InspectionText.Format("Import.Inconsistent", column, first.Row, value(first) ?? "", row.SamplingNumber));
        }
    }

    /// <summary>The row and column a field of the report came from: items[i].x is row i's column x, a report field the batch's first row.</summary>
    private static (ResultRow Row, string? Column) Locate(string field, List<ResultRow> rows)
    {
        if (field.StartsWith("items[", StringComparison.Ordinal) && field.IndexOf(']', StringComparison.Ordinal) is var close and > 6
            && int.TryParse(field.AsSpan(6, close - 6), NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < rows.Count)
        {
            return (rows[index], ResultColumns.OfField(field[(close + 2)..]));
        }

        return (rows[0], ResultColumns.OfField(field));
    }

    private static string? ValueOf(ResultRow row, string column) => column switch
    {
        ResultColumns.ItemName => row.Item.ItemName,
        ResultColumns.StandardClause => row.Item.StandardClause,
        ResultColumns.Requirement => row.Item.Requirement,
        ResultColumns.MeasuredValue => row.Item.MeasuredValue,
        ResultColumns.Laboratory => row.Laboratory,
        ResultColumns.ReportNumber => row.ReportNumber,
        ResultColumns.IssuedOn => row.IssuedOnText,
        _ => null,
    };

    private sealed record ResultRow(long Row, string SamplingNumber, TestItemInput Item, string? Laboratory, string? ReportNumber, string? IssuedOnText, DateOnly? IssuedOn);

    /// <summary>Where each column sits in this file.</summary>
    private sealed class FileLayout(IReadOnlyList<string> header, Dictionary<string, int> columns)
    {
        public string? HeaderAt(int column) => column > 0 && column - 1 < header.Count ? header[column - 1] : null;

        public string? Value(TabularRow row, string column) => columns.TryGetValue(column, out var index) ? row[index] : null;
    }

    /// <summary>The problems found, at most one per cell (the first found says the most), in row order.</summary>
    private sealed class ImportProblems
    {
        private readonly List<ImportResultsError> errors = [];
        private readonly HashSet<(long, string?)> cells = [];

        public int Count { get; private set; }

        public void Add(long row, string? column, string? value, string reason)
        {
            if (column is not null && !cells.Add((row, column)))
            {
                return;
            }

            Count++;
            if (errors.Count < MaxReportedErrors)
            {
                errors.Add(new ImportResultsError(row, column, value, reason));
            }
        }

        public List<ImportResultsError> Sorted() =>
            [.. errors.OrderBy(e => e.Row).ThenBy(e => ResultColumns.Position(e.Column))];
    }
}

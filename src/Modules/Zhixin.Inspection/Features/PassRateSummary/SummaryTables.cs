using Microsoft.EntityFrameworkCore;
using Zhixin.Inspection.Data;
using Zhixin.Inspection.Domain;

namespace Zhixin.Inspection.Features.PassRateSummary;

/// <summary>The tables the pre-aggregate's hand-written SQL names, as the model maps them on the engine in use (schema on PostgreSQL only).</summary>
internal static class SummaryTables
{
    public static string Batches(InspectionDbContext db) => Name<SampleBatch>(db);

    public static string Cells(InspectionDbContext db) => Name<PassRateSummaryCell>(db);

    public static string Years(InspectionDbContext db) => Name<PassRateSummaryYear>(db);

    private static string Name<T>(InspectionDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        return entity.GetSchemaQualifiedTableName() ?? throw new InvalidOperationException($"{typeof(T).Name} has no table.");
    }
}

namespace Zhixin.Inspection.Sampling;

/// <summary>
/// One product in one region: the unit a budget is split over. <paramref name="Product"/> and
/// <paramref name="Region"/> are the caller's keys (catalogue code, region code); together they name the cell.
/// </summary>
internal sealed record AllocationCell(string Product, string Region, ProductRiskLevel RiskLevel, CreditClassCounts Producers);

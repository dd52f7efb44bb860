namespace Zhixin.Inspection.Contracts;

/// <summary>
/// The published spot-check results (抽查结果公示) of one firm, as anyone may read them: the same public columns as
/// the public list, across every region. The credit module's public lookup shows them on a firm's page.
/// </summary>
public interface IPublishedSpotCheckResults
{
    /// <summary>The firm's published results, newest publication first, at most <paramref name="take"/>.</summary>
    Task<IReadOnlyList<PublishedSpotCheckResult>> ForEnterpriseAsync(string creditCode, int take, CancellationToken cancellationToken);
}

/// <summary>One published result: product and lot, sampling day, verdict (合格 / 不合格) with the failing items, who organised it, when published.</summary>
public sealed record PublishedSpotCheckResult(
    string ProductName, string LotNumber, string? Specification, DateOnly SampledOn, bool Passed, string? FailedItems, string Organizer, DateOnly PublishedOn);

using Zhixin.Inspection.Contracts;
using Zhixin.Inspection.Domain;

namespace Zhixin.Inspection.Features.ListPublicResults;

/// <summary>The public list's handler, filtered to one firm's code: what the public list shows of it and nothing more.</summary>
internal sealed class PublishedSpotCheckResults(ListPublicResultsHandler list) : IPublishedSpotCheckResults
{
    public async Task<IReadOnlyList<PublishedSpotCheckResult>> ForEnterpriseAsync(string creditCode, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(creditCode);
        var page = await list.HandleAsync(new ListPublicResultsRequest(null, null, null, null, creditCode, 1, take), cancellationToken);
        // The firm filter also matches names containing the text; a code is no firm's name, but only the code counts.
        return [.. page.Items.Where(i => i.EnterpriseCreditCode == creditCode).Select(i => new PublishedSpotCheckResult(
            i.ProductName, i.LotNumber, i.Specification, i.SampledOn, i.Verdict == Verdict.Pass, i.FailedItems, i.Organizer, i.PublishedOn))];
    }
}

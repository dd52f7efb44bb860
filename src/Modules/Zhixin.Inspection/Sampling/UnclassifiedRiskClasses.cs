using Zhixin.Inspection.Contracts;

namespace Zhixin.Inspection.Sampling;

/// <summary>No credit module: no firm is classified, so every firm counts as class B.</summary>
internal sealed class UnclassifiedRiskClasses : ICreditRiskClasses
{
    public Task<IReadOnlyDictionary<string, char>> ClassesAsync(IReadOnlyCollection<string> creditCodes, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, char>>(new Dictionary<string, char>());

    public Task<InspectionRatios?> RatiosAsync(string regionCode, CancellationToken cancellationToken) => Task.FromResult<InspectionRatios?>(null);
}

using System.Diagnostics.CodeAnalysis;

namespace Zhixin.Inspection.Sampling;

/// <summary>
/// A value, or every problem that stopped it. All problems are gathered rather than the first thrown, so an
/// official who pasted a pool with three duplicate codes learns of all three at once.
/// </summary>
internal sealed class SamplingOutcome<T> where T : class
{
    private SamplingOutcome(T? value, IReadOnlyList<SamplingProblem> problems)
    {
        Value = value;
        Problems = problems;
    }

    public T? Value { get; }

    public IReadOnlyList<SamplingProblem> Problems { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsValid => Value is not null;

    public static SamplingOutcome<T> Valid(T value) => new(value, []);

    public static SamplingOutcome<T> Invalid(IReadOnlyList<SamplingProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count == 0)
        {
            throw new ArgumentException("An invalid outcome needs at least one problem.", nameof(problems));
        }

        return new(null, problems);
    }

    public static SamplingOutcome<T> Invalid(SamplingProblem problem) => Invalid([problem]);
}

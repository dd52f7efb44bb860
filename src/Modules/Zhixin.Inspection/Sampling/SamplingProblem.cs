namespace Zhixin.Inspection.Sampling;

/// <summary>Why an input was refused, and which part of the input it concerns (for the caller's field name).</summary>
internal sealed record SamplingProblem(SamplingSubject Subject, SamplingText Text)
{
    public SamplingProblem(SamplingSubject subject, string key, params object[] arguments)
        : this(subject, new SamplingText(key, arguments))
    {
    }

    public string Message => Text.Message;

    public override string ToString() => $"{Subject}: {Message}";
}

/// <summary>The part of a sampling input a problem concerns.</summary>
internal enum SamplingSubject
{
    Budget,
    Cells,
    Options,
    Adjustment,
    Seed,
    Count,
    Firms,
    Inspectors,
    Listing,
}

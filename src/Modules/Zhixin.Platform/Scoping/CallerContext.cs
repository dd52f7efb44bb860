namespace Zhixin.Platform.Scoping;

/// <summary>
/// Holds the caller for one scope (a request, a command, a job run). It starts as the anonymous public,
/// so anything that forgets to say who is acting sees no non-public data.
/// </summary>
internal sealed class CallerContext : ICallerContext
{
    public Caller Current { get; set; } = Caller.Anonymous;
}

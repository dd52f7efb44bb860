namespace Zhixin.Inspection.NetContent;

/// <summary>The units short by more than T and by more than 2T, against what the plan row allows.</summary>
internal sealed record ShortfallCounts(int BeyondT, int AllowedBeyondT, int Beyond2T, int AllowedBeyond2T)
{
    public bool BeyondTAcceptable => BeyondT <= AllowedBeyondT;

    public bool Beyond2TAcceptable => Beyond2T <= AllowedBeyond2T;
}

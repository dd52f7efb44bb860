namespace Zhixin.Inspection.NetContent;

/// <summary>The plan row the lot size falls in and the sample size it gives.</summary>
/// <param name="SampleSize">n: the row's sample size, or N when every unit is inspected.</param>
internal sealed record SamplePlanStep(long LotSize, SamplePlanRow Row, int SampleSize);

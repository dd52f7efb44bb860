using System.Globalization;
using Zhixin.Inspection.Contracts;
using Zhixin.Inspection.Features;

namespace Zhixin.Inspection.Sampling;

/// <summary>What the allocation and draw pages say about the credit classes and ratios they used.</summary>
internal static class RatioNote
{
    public static string Allocation(InspectionRatios? ratios) => ratios is null
        ? InspectionText.Get("Allocation.CreditNote")
        : InspectionText.Format("Allocation.RatioNote", InspectionAccess.RegionName(ratios.SetBy),
            Percent(ratios.A), Percent(ratios.B), Percent(ratios.C), Percent(ratios.D));

    private static string Percent(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture) + "%";
}

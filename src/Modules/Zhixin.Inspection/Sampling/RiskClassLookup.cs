using Zhixin.Inspection.Contracts;

namespace Zhixin.Inspection.Sampling;

/// <summary>Firms' credit classes for sampling, B for any firm the credit module has not classified.</summary>
internal static class RiskClassLookup
{
    public static async Task<Func<string, CreditClass>> ForAsync(ICreditRiskClasses source, IReadOnlyCollection<string> creditCodes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var classes = creditCodes.Count == 0 ? new Dictionary<string, char>() : await source.ClassesAsync(creditCodes, cancellationToken);
        return code => classes.TryGetValue(code, out var letter) ? letter switch
        {
            'A' => CreditClass.A,
            'C' => CreditClass.C,
            'D' => CreditClass.D,
            _ => CreditClass.B,
        } : CreditClass.B;
    }
}

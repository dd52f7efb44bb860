namespace Zhixin.Inspection.Sampling;

/// <summary>
/// Hamilton's largest-remainder method: each claimant's quota is seats × score / Σ score; each first gets the
/// whole part of its quota, and the seats left over go one each to the largest fractional parts. The total is
/// exactly <c>seats</c> whenever some score is above zero.
/// </summary>
/// <remarks>
/// Remainders are compared exactly, as numerators over the common denominator Σ score (seats × score −
/// whole × Σ score), so two cells with mathematically equal remainders tie instead of being separated by a
/// rounding error in the last decimal place. A tie goes to the larger score, then to the lower
/// <c>tieOrder</c>, which the caller makes independent of input order.
/// </remarks>
internal static class LargestRemainder
{
    public static int[] Apportion(int seats, IReadOnlyList<decimal> scores, IReadOnlyList<int> tieOrder)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(tieOrder);
        ArgumentOutOfRangeException.ThrowIfNegative(seats);
        var total = scores.Sum();
        var whole = new int[scores.Count];
        if (seats == 0 || total <= 0)
        {
            return whole;
        }

        var remainders = new decimal[scores.Count];
        for (var i = 0; i < scores.Count; i++)
        {
            var numerator = seats * scores[i];
            var quotient = decimal.Floor(numerator / total);
            var remainder = numerator - (quotient * total);

            // The division rounds in the 28th digit; the exact remainder says which way the whole part lies.
            if (remainder < 0)
            {
                quotient--;
                remainder += total;
            }
            else if (remainder >= total)
            {
                quotient++;
                remainder -= total;
            }

            whole[i] = (int)quotient;
            remainders[i] = remainder;
        }

        var leftOver = seats - whole.Sum();
        var byRemainder = Enumerable.Range(0, scores.Count)
            .Where(i => scores[i] > 0)
            .OrderByDescending(i => remainders[i])
            .ThenByDescending(i => scores[i])
            .ThenBy(i => tieOrder[i]);
        foreach (var i in byRemainder.Take(leftOver))
        {
            whole[i]++;
        }

        return whole;
    }
}

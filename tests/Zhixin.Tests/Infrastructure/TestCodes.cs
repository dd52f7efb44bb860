using Zhixin.Platform.Codes;

namespace Zhixin.Tests.Infrastructure;

/// <summary>Fresh valid codes, so that tests sharing a database never collide.</summary>
public static class TestCodes
{
    public static string CreditCode(string region = "350203")
    {
        var body = string.Concat(Enumerable.Range(0, 8).Select(_ => Zhixin.Platform.Codes.CreditCode.Alphabet[Random.Shared.Next(31)]));
        var org = body + OrgCode.ComputeCheckCharacter(body);
        var first17 = "91" + region + org;
        return first17 + Zhixin.Platform.Codes.CreditCode.ComputeCheckCharacter(first17);
    }

    public static string Gtin13()
    {
        var body = "69" + string.Concat(Enumerable.Range(0, 10).Select(_ => (char)('0' + Random.Shared.Next(10))));
        return body + Gs1CheckDigit.Compute(body);
    }

    public static string Token() => Guid.NewGuid().ToString("N")[..10];

    /// <summary>A unique run of Chinese characters: a Latin token of letters and digits would be searched as a code.</summary>
    public static string ChineseToken() => string.Concat(Guid.NewGuid().ToString("N")[..8].Select(c => "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳"[Convert.ToInt32(c.ToString(), 16)]));
}

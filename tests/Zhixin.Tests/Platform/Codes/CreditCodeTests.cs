using Zhixin.Platform.Codes;

namespace Zhixin.Tests.Platform.Codes;

public sealed class CreditCodeTests
{
    [Theory]
    [InlineData("914403001922038216")] // Huawei Technologies: check remainder 10 → '1'
    [InlineData("9144030071526726XG")] // Tencent Technology (Shenzhen): org check 'X'
    [InlineData("91110000710926094P")] // Sinopec
    [InlineData("91310000631696382C")] // Baosteel
    [InlineData("91440300708461136T")] // Shenzhen Tencent Computer Systems
    public void Parse_WhenPublishedCodeOfRealFirm_IsValid(string code)
    {
        var result = CreditCode.Parse(code);

        Assert.True(result.IsValid, result.Problem?.Message);
        Assert.Equal(code, result.Value.Value);
    }
}

using Zhixin.Platform.Tabular;

namespace Zhixin.Tests.Platform.Tabular;

public sealed class CellReferenceTests
{
    [Theory]
    [InlineData(1, "A")]
    [InlineData(26, "Z")]
    [InlineData(27, "AA")]
    [InlineData(52, "AZ")]
    [InlineData(703, "AAA")]
    [InlineData(16_384, "XFD")]
    public void ColumnName_WhenColumnNumberGiven_IsSpreadsheetLetters(int column, string letters)
    {
        Assert.Equal(letters, CellReference.ColumnName(column));
        Assert.True(CellReference.TryParseColumn(letters + "12", out var parsed));
        Assert.Equal(column, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12")]
    [InlineData("XFE1")]
    [InlineData("AAAA1")]
    public void TryParseColumn_WhenReferenceIsInvalid_Fails(string reference) =>
        Assert.False(CellReference.TryParseColumn(reference, out _));

    [Theory]
    [InlineData("c7", 3, 7L)]
    [InlineData("XFD1048576", 16_384, 1_048_576L)]
    public void TryParse_WhenReferenceIsValid_ReturnsColumnAndRow(string reference, int column, long row)
    {
        Assert.True(CellReference.TryParse(reference, out var parsedColumn, out var parsedRow));
        Assert.Equal((column, row), (parsedColumn, parsedRow));
    }

    [Theory]
    [InlineData("A0")]
    [InlineData("A1048577")]
    [InlineData("A")]
    public void TryParse_WhenRowIsMissingOrOutOfRange_Fails(string reference) =>
        Assert.False(CellReference.TryParse(reference, out _, out _));
}

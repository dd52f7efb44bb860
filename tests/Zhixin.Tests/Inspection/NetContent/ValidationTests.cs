using Zhixin.Inspection;
using Zhixin.Inspection.NetContent;
using static Zhixin.Tests.Inspection.NetContent.NetContentLots;

namespace Zhixin.Tests.Inspection.NetContent;

/// <summary>Input that cannot be judged is refused with the field and the reason, never judged or thrown.</summary>
public sealed class ValidationTests
{
    [Theory]
    [InlineData(0L)]
    [InlineData(-5L)]
    public void Evaluate_WhenLotSizeBelowOne_RefusesTheLotSize(long lotSize)
    {
        var (field, message) = SingleError(Lot(500m, "g", lotSize, 500m));

        Assert.Equal(NetContentFields.LotSize, field);
        Assert.Contains(lotSize.ToString(System.Globalization.CultureInfo.InvariantCulture), message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-500")]
    public void Evaluate_WhenNominalNotAboveZero_RefusesTheNominal(string nominal)
    {
        Assert.Equal(NetContentFields.Nominal, SingleError(Lot(D(nominal), "g", 1, 500m)).Field);
    }

    [Fact]
    public void Evaluate_WhenNominalIs50Kilograms_IsStillInTheTable()
    {
        Assert.Equal(500m, Deficiency(50m, "kg").RoundedInBase);
    }

    [Theory]
    [InlineData("kgs")]
    [InlineData("KG")]
    [InlineData("")]
    public void Evaluate_WhenUnitUnknown_NamesItAndListsTheAcceptedOnes(string unit)
    {
        var (field, message) = SingleError(Lot(500m, unit, 1, 500m));

        Assert.Equal(NetContentFields.Unit, field);
        Assert.Contains(unit, message, StringComparison.Ordinal);
        Assert.Contains("kg (千克, 公斤)", message, StringComparison.Ordinal);
        Assert.Contains("m² (m2, 平方米)", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-498.5")]
    public void Evaluate_WhenMeasurementNotAboveZero_RefusesThatMeasurement(string value)
    {
        var (field, message) = SingleError(Lot(500m, "g", 3, 500m, D(value), 500m));

        Assert.Equal((NetContentFields.Measurement(1), 1), (field, NetContentFields.MeasurementIndex(field)));
        Assert.Contains(value, message, StringComparison.Ordinal);
    }

    // 5000.1 g for a 500 g pack is not an overfill but a slip: kg typed as g, or a misplaced point.
    [Fact]
    public void Evaluate_WhenMeasurementAboveTenTimesNominal_SaysItLooksLikeAUnitOrPointError()
    {
        var (field, message) = InChinese(() => SingleError(Lot(500m, "g", 2, 500m, 5000.1m)));

        Assert.Equal(NetContentFields.Measurement(1), field);
        Assert.Contains("10 倍", message, StringComparison.Ordinal);
        Assert.Contains("单位或小数点", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_WhenMeasurementExactlyTenTimesNominal_JudgesIt()
    {
        Assert.Equal(ShortfallClass.WithinT, Judge(Lot(500m, "g", 1, 5000m)).Units[0].Class);
    }

    [Fact]
    public void Evaluate_WhenCountMeasurementNotWhole_RefusesIt()
    {
        Assert.Equal(NetContentFields.Measurement(0), SingleError(Lot(100m, "个", 1, 99.5m)).Field);
    }

    [Fact]
    public void Evaluate_WhenFewerMeasurementsThanTheSample_SaysHowManyAreNeeded()
    {
        var (field, message) = InChinese(() => SingleError(Uniform(500m, "g", 30, 9, 500m)));

        Assert.Equal(NetContentFields.Measurements, field);
        Assert.Contains("需要 10 个测量值，只有 9 个", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_WhenFewerMeasurementsThanASmallLot_NeedsEveryUnit()
    {
        var (field, message) = SingleError(Uniform(500m, "g", 5, 4, 500m));

        Assert.Equal((NetContentFields.Measurements, InspectionText.Format("NetContent.Error.TooFewMeasurements", 5L, 5, 4)), (field, message));
    }

    // More than n is refused, not trimmed: which units to drop would be a choice, and they change q̄ and s.
    [Fact]
    public void Evaluate_WhenMoreMeasurementsThanTheSample_RefusesRatherThanTrims()
    {
        var (field, message) = SingleError(Uniform(500m, "g", 30, 11, 500m));

        Assert.Equal((NetContentFields.Measurements, InspectionText.Format("NetContent.Error.TooManyMeasurements", 30L, 10, 11)), (field, message));
    }

    [Fact]
    public void Evaluate_WhenNoMeasurements_SaysHowManyAreNeeded()
    {
        Assert.Equal(NetContentFields.Measurements, SingleError(Lot(500m, "g", 1)).Field);
    }

    [Fact]
    public void Evaluate_WhenSeveralFieldsAreWrong_ReportsEachOnce()
    {
        var errors = Errors(Lot(500m, "kgs", 0, -1m));

        Assert.Equal([NetContentFields.Unit, NetContentFields.LotSize, NetContentFields.Measurement(0)], errors.Select(error => error.Field));
    }

    [Fact]
    public void MeasurementIndex_WhenFieldIsNotAMeasurement_IsNull()
    {
        Assert.Equal(((int?)null, (int?)null, (int?)12), (NetContentFields.MeasurementIndex(NetContentFields.Measurements),
            NetContentFields.MeasurementIndex("measurements[x]"), NetContentFields.MeasurementIndex(NetContentFields.Measurement(12))));
    }
}

using Zhixin.Inspection.NetContent;
using static Zhixin.Tests.Inspection.NetContent.NetContentLots;

namespace Zhixin.Tests.Inspection.NetContent;

/// <summary>T by JJF 1070 Table 3: every band edge (bands are open below, closed above), the rounding, and the other kinds.</summary>
public sealed class TolerableDeficiencyTests
{
    // The table is continuous across most edges (9 % of 50 = 4.5 g), so each case also names the band that
    // owns the edge: its lower bound "above", and whether T is a percentage.
    [Theory]
    [InlineData("50", "0", true, "4.5")]
    [InlineData("50.1", "50", false, "4.5")]
    [InlineData("100", "50", false, "4.5")]
    [InlineData("100.1", "100", true, "4.5")] // 4.5 % × 100.1 = 4.5045 → 4.5
    [InlineData("200", "100", true, "9")]
    [InlineData("200.1", "200", false, "9")]
    [InlineData("300", "200", false, "9")]
    [InlineData("300.1", "300", true, "9")] // 3 % × 300.1 = 9.003 → 9.0
    [InlineData("500", "300", true, "15")]
    [InlineData("500.1", "500", false, "15")]
    [InlineData("1000", "500", false, "15")]
    [InlineData("1000.1", "1000", true, "15")] // 1.5 % × 1000.1 = 15.0015 → 15 (to 1 g above 1000 g)
    [InlineData("10000", "1000", true, "150")]
    [InlineData("10000.1", "10000", false, "150")]
    [InlineData("15000", "10000", false, "150")]
    [InlineData("15000.1", "15000", true, "150")] // 1 % × 15000.1 = 150.001 → 150
    [InlineData("50000", "15000", true, "500")]
    public void FindT_WhenNominalOnABandEdge_TakesTheBandClosedAbove(string nominal, string bandAbove, bool percent, string t)
    {
        var step = Deficiency(D(nominal));

        Assert.Equal((D(bandAbove), percent, D(t)),
            (step.Band.Above, step.Band.Percent is not null, step.Value));
    }

    [Fact]
    public void FindT_WhenNominalIs50Grams_Is9PercentOf50()
    {
        var step = Deficiency(50m);

        Assert.Equal((9m, 4.5m, "0 < Qn ≤ 50 g: T = 9 %"), (step.Band.Percent!.Value, step.RawInBase, step.BandText));
    }

    [Fact]
    public void Evaluate_WhenNominalAbove50000Grams_RefusesRatherThanGuesses()
    {
        var (field, message) = SingleError(Lot(50000.1m, "g", 1, 50000.1m));

        Assert.Equal(NetContentFields.Nominal, field);
        Assert.Contains("50000.1", message, StringComparison.Ordinal);
        Assert.Contains("50000 g", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_WhenNominalAbove50LitresInL_RefusesAfterConverting()
    {
        var (field, message) = SingleError(Lot(50.5m, "L", 1, 50.5m));

        Assert.Equal(NetContentFields.Nominal, field);
        Assert.Contains("50500 mL", message, StringComparison.Ordinal);
    }

    // 1.5 % × 1500 g = 22.5 g, rounded to 1 g half up: 23 g (half-even would give 22).
    [Fact]
    public void FindT_When1500Grams_RoundsTheHalfUpTo23()
    {
        var step = Deficiency(1500m);

        Assert.Equal((22.5m, 1m, DeficiencyRounding.HalfUp, 23m), (step.RawInBase, step.Rounding!.Step, step.Rounding.Mode, step.Value));
    }

    [Theory]
    [InlineData("1010", "15.15", "15")] // to 1 g: below half goes down
    [InlineData("1033.4", "15.501", "16")] // above half goes up
    [InlineData("150", "6.75", "6.8")] // to 0.1 g at or below 1000 g; the half goes up
    [InlineData("101", "4.545", "4.5")]
    [InlineData("32.5", "2.925", "2.9")]
    [InlineData("33.3", "2.997", "3")]
    public void FindT_WhenPercentageHasMoreDigitsThanTheStep_RoundsHalfUpToTheStep(string nominal, string raw, string rounded)
    {
        var step = Deficiency(D(nominal));

        Assert.Equal((D(raw), D(rounded)),
            (step.RawInBase, step.Value));
    }

    [Fact]
    public void FindT_WhenNominalIs1000Grams_RoundsToATenth()
    {
        Assert.Equal(0.1m, Deficiency(1000m).Rounding!.Step);
    }

    [Fact]
    public void FindT_WhenDeclaredInKilograms_LooksUpInGramsAndShowsKilograms()
    {
        var step = Deficiency(1.5m, "kg");

        Assert.Equal(("g", 1500m, 23m, 0.023m), (step.BaseUnit, step.NominalInBase, step.RoundedInBase, step.Value));
        Assert.Contains("0.023 kg", step.Derivation, StringComparison.Ordinal);
    }

    [Fact]
    public void FindT_WhenDeclaredInLitres_LooksUpInMillilitres()
    {
        var step = Deficiency(0.5m, "L");

        Assert.Equal(("mL", 15m, 0.015m), (step.BaseUnit, step.RoundedInBase, step.Value));
    }

    // 9 % × 0.5 g = 0.045 g, which the 0.1 g step rounds to 0: no shortfall is allowed below 0.55 g.
    [Fact]
    public void FindT_WhenHalfAGramInMilligrams_RoundsToZero()
    {
        var step = Deficiency(500m, "mg");

        Assert.Equal((0.045m, 0m), (step.RawInBase, step.Value));
    }

    [Fact]
    public void FindT_WhenLengthIs5Metres_AllowsNoShortfall()
    {
        var step = Deficiency(5m, "m");

        Assert.Equal((QuantityKind.Length, 0m), (step.Kind, step.Value));
    }

    [Fact]
    public void FindT_WhenLengthIs500Centimetres_IsTheSame5MetresAndAllowsNoShortfall()
    {
        Assert.Equal(0m, Deficiency(500m, "cm").Value);
    }

    [Fact]
    public void FindT_WhenLengthJustOver5Metres_Is2PercentUnrounded()
    {
        var step = Deficiency(5.1m, "m");

        Assert.Equal((0.102m, (RoundingRule?)null), (step.Value, step.Rounding));
    }

    [Fact]
    public void FindT_WhenLengthInCentimetres_ShowsTInCentimetres()
    {
        Assert.Equal(20m, Deficiency(1000m, "cm").Value);
    }

    [Theory]
    [InlineData("m²")]
    [InlineData("m2")]
    [InlineData("平方米")]
    public void FindT_WhenArea_Is3Percent(string unit)
    {
        var step = Deficiency(2m, unit);

        Assert.Equal((QuantityKind.Area, 0.06m, "m²"), (step.Kind, step.Value, step.BaseUnit));
    }

    [Theory]
    [InlineData(1, "0")]
    [InlineData(50, "0")]
    [InlineData(51, "1")] // 0.51 → 1
    [InlineData(100, "1")]
    [InlineData(101, "2")] // 1.01 → 2: a count rounds up, not half up
    [InlineData(250, "3")]
    public void FindT_WhenCount_IsNoneUpTo50Then1PercentRoundedUp(int nominal, string t)
    {
        Assert.Equal(D(t), Deficiency(nominal, "个").Value);
    }

    [Fact]
    public void FindT_WhenCountRoundsUp_SaysSoInTheDerivation()
    {
        var step = Deficiency(101m, "pcs");

        Assert.Equal((1.01m, DeficiencyRounding.Up, "pcs"), (step.RawInBase, step.Rounding!.Mode, step.BaseUnit));
    }

    [Fact]
    public void Evaluate_WhenCountNominalIsNotWhole_RefusesTheNominal()
    {
        Assert.Equal(NetContentFields.Nominal, SingleError(Lot(50.5m, "粒", 1, 50m)).Field);
    }
}

using Zhixin.Platform.Web;

namespace Zhixin.Inspection.NetContent;

/// <summary>
/// Refuses a lot that cannot be judged, every problem under its field: a lot size below 1, a nominal
/// quantity not above 0 or beyond the table, an unknown unit or edition, a measurement not above 0 or more
/// than ten times the nominal (a wrong unit or decimal point, not a fill), and a sample that is not exactly
/// the plan's n. More than n is refused rather than trimmed: which units to drop would be a choice, and
/// extra units change q̄ and s.
/// </summary>
internal static class NetContentValidator
{
    /// <summary>A measurement above this many times Qn is taken for a typing or unit error.</summary>
    public const decimal AbsurdFactor = 10m;

    public static Outcome<CheckedLot> Check(NetContentInput input, NetContentEditions editions)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(editions);
        var errors = new FieldErrors();
        var (edition, explicitly) = ChooseEdition(input, editions, errors);
        var unit = NetContentUnit.Find(input.Unit);
        if (unit is null)
        {
            errors.Add(NetContentFields.Unit, InspectionText.Format("NetContent.Error.UnknownUnit", input.Unit, NetContentUnit.AcceptedList));
        }

        var table = edition is not null && unit is not null ? edition.TableFor(unit.Kind) : null;
        var band = CheckNominal(input, unit, edition, table, errors);
        SamplePlanRow? row = null;
        if (input.LotSize < 1)
        {
            errors.Add(NetContentFields.LotSize, InspectionText.Format("NetContent.Error.LotSize", input.LotSize));
        }
        else if (edition is not null)
        {
            row = edition.RowFor(input.LotSize);
        }

        CheckMeasurements(input, unit, errors);
        var sampleSize = row?.SampleSizeFor(input.LotSize);
        if (sampleSize is { } n && input.Measurements.Count != n)
        {
            var key = input.Measurements.Count < n ? "NetContent.Error.TooFewMeasurements" : "NetContent.Error.TooManyMeasurements";
            errors.Add(NetContentFields.Measurements, InspectionText.Format(key, input.LotSize, n, input.Measurements.Count));
        }

        if (!errors.IsEmpty)
        {
            return errors;
        }

        return new CheckedLot(input, edition!, explicitly, unit!, table!, band!, row!, sampleSize!.Value);
    }

    private static (NetContentEdition? Edition, bool Explicitly) ChooseEdition(NetContentInput input, NetContentEditions editions, FieldErrors errors)
    {
        if (!string.IsNullOrWhiteSpace(input.Edition))
        {
            var named = editions.Find(input.Edition);
            if (named is null)
            {
                errors.Add(NetContentFields.Edition, InspectionText.Format("NetContent.Error.UnknownEdition", input.Edition, editions.Ids));
            }

            return (named, true);
        }

        var inForce = editions.InForceOn(input.CheckDate);
        if (inForce is null)
        {
            var first = editions.All[0];
            errors.Add(NetContentFields.CheckDate, InspectionText.Format("NetContent.Error.NoEditionInForce",
                NetContentFormat.Date(input.CheckDate), first.Id, NetContentFormat.Date(first.EffectiveFrom)));
        }

        return (inForce, false);
    }

    private static ToleranceBand? CheckNominal(NetContentInput input, NetContentUnit? unit, NetContentEdition? edition, DeficiencyTable? table, FieldErrors errors)
    {
        if (input.Nominal <= 0)
        {
            errors.Add(NetContentFields.Nominal, InspectionText.Format("NetContent.Error.NominalNotPositive", NetContentFormat.Number(input.Nominal)));
            return null;
        }

        if (unit is null)
        {
            return null;
        }

        if (unit.Kind == QuantityKind.Count && !IsWhole(input.Nominal))
        {
            errors.Add(NetContentFields.Nominal, InspectionText.Format("NetContent.Error.NominalNotWhole", NetContentFormat.Number(input.Nominal)));
        }

        if (table is null)
        {
            return null;
        }

        var inBase = unit.ToBase(input.Nominal);
        var band = table.BandFor(inBase);
        if (band is null)
        {
            errors.Add(NetContentFields.Nominal, InspectionText.Format("NetContent.Error.NominalOutsideTable",
                NetContentFormat.Number(input.Nominal), unit.Symbol, NetContentFormat.Number(inBase), unit.BaseSymbol,
                edition!.Id, table.Maximum is { } maximum ? NetContentFormat.Number(maximum) : "—"));
        }

        return band;
    }

    private static void CheckMeasurements(NetContentInput input, NetContentUnit? unit, FieldErrors errors)
    {
        for (var i = 0; i < input.Measurements.Count; i++)
        {
            var value = input.Measurements[i];
            var field = NetContentFields.Measurement(i);
            if (value <= 0)
            {
                errors.Add(field, InspectionText.Format("NetContent.Error.MeasurementNotPositive", i + 1, NetContentFormat.Number(value)));
            }
            else if (input.Nominal > 0 && value > AbsurdFactor * input.Nominal)
            {
                errors.Add(field, InspectionText.Format("NetContent.Error.MeasurementAbsurd",
                    i + 1, NetContentFormat.Number(value), unit?.Symbol ?? input.Unit, NetContentFormat.Number(input.Nominal)));
            }
            else if (unit?.Kind == QuantityKind.Count && !IsWhole(value))
            {
                errors.Add(field, InspectionText.Format("NetContent.Error.MeasurementNotWhole", i + 1, NetContentFormat.Number(value)));
            }
        }
    }

    private static bool IsWhole(decimal value) => value == decimal.Truncate(value);
}

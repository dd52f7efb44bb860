namespace Zhixin.Inspection.NetContent;

/// <summary>An input that passed every check, with the edition, unit, band and plan row it resolved to.</summary>
internal sealed record CheckedLot(
    NetContentInput Input,
    NetContentEdition Edition,
    bool EditionChosenExplicitly,
    NetContentUnit Unit,
    DeficiencyTable Table,
    ToleranceBand Band,
    SamplePlanRow Row,
    int SampleSize);

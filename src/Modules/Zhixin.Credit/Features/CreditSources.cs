namespace Zhixin.Credit.Features;

/// <summary>Where records come from and what set off a scoring, as stored.</summary>
internal static class CreditSources
{
    public const string Manual = "manual";
    public const string Inspection = "inspection";

    public const string TriggerRecord = "record";
    public const string TriggerVoid = "void";
    public const string TriggerNightly = "nightly";
    public const string TriggerRescore = "rescore";
    public const string TriggerListing = "listing";
    public const string TriggerRepair = "repair";
}

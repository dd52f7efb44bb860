namespace Zhixin.Platform.Modules;

/// <summary>
/// A module's demo data for a new embedded database: deterministic, for the seed plans' regions
/// (福建省, 天津市, 河南省, 江西省萍乡市), and never run against a database that already has accounts.
/// </summary>
public interface IDemoDataSeed
{
    /// <summary>Lower runs first (accounts before the records that name them).</summary>
    int Order { get; }

    Task SeedAsync(CancellationToken cancellationToken);
}

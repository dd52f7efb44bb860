namespace Zhixin.Platform.Data;

/// <summary>Reference data shipped with a module (departments, categories): brought up to date after every migration.</summary>
public interface IReferenceDataSeed
{
    Task SyncAsync(CancellationToken cancellationToken);
}

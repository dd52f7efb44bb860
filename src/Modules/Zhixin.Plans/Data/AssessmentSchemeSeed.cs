using Microsoft.EntityFrameworkCore;
using Zhixin.Platform.Data;
using Zhixin.Plans.Assessment;
using Zhixin.Plans.Domain;

namespace Zhixin.Plans.Data;

/// <summary>Stores the shipped default scoring scheme (Assessment/Data/default-scheme.json) as its first version, once.</summary>
internal sealed class AssessmentSchemeSeed(PlansDbContext db, TimeProvider clock) : IReferenceDataSeed
{
    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        var scheme = AssessmentSchemeJson.LoadDefault();
        if (await db.Schemes.AnyAsync(s => s.Code == scheme.Code, cancellationToken))
        {
            return;
        }

        db.Schemes.Add(new AssessmentSchemeVersion
        {
            Code = scheme.Code,
            Version = scheme.Version,
            EffectiveFrom = scheme.EffectiveFrom,
            Json = AssessmentSchemeJson.Write(scheme),
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = "shipped",
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}

using System.Text.Json.Serialization;

namespace Zhixin.Inspection.FollowUp;

/// <summary>The rung of the Product Quality Law Art. 17 ladder a failed re-inspection has reached.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FollowUpEscalation>))]
internal enum FollowUpEscalation
{
    None,

    /// <summary>The first re-inspection failed: a provincial notice, then a second re-inspection.</summary>
    ProvincialNotice,

    /// <summary>The second re-inspection failed: suspension for rectification, then licence revocation if it still fails.</summary>
    Suspension,
}

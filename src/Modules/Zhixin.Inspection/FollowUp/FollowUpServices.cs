using Microsoft.Extensions.DependencyInjection;
using Zhixin.Platform.Calendar;

namespace Zhixin.Inspection.FollowUp;

/// <summary>Registers the working-day calendar and the follow-up rules, each read and validated once from the embedded data.</summary>
internal static class FollowUpServices
{
    public static IServiceCollection AddFollowUpDeadlines(this IServiceCollection services)
    {
        services.AddSingleton(_ => FollowUpRulesJson.LoadEmbedded());
        return services;
    }
}

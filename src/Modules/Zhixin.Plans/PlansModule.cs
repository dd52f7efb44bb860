using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Plans.Data;
using Zhixin.Platform.Cli;
using Zhixin.Platform.Data;
using Zhixin.Platform.Modules;

namespace Zhixin.Plans;

/// <summary>Plans and tasks (行动计划督办): level 1, above the shared kernel only.</summary>
public sealed class PlansModule : IZhixinModule
{
    public const int Level = 1;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<PlansDbContext>(PlansDbContext.SchemaName, Level);
    }

    public void MapEndpoints(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
    }

    public void AddCommands(ZhixinCommandLine commandLine)
    {
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Inspection.Cli;
using Zhixin.Platform.Cli;
using Zhixin.Platform.Modules;

namespace Zhixin.Inspection;

/// <summary>Spot checks and statistics (监督抽查 / 合格率统计 / 净含量): level 2, above the register.</summary>
public sealed class InspectionModule : IZhixinModule
{
    public const int Level = 2;

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void MapEndpoints(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
    }

    public void AddCommands(ZhixinCommandLine commandLine)
    {
        NetContentCommand.Add(commandLine);
    }
}

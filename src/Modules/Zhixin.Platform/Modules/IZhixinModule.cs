using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zhixin.Platform.Cli;

namespace Zhixin.Platform.Modules;

/// <summary>
/// A module's entry point: the host lists modules in level order and calls these three, for the web
/// platform and for the command line alike.
/// </summary>
public interface IZhixinModule
{
    /// <summary>Registers the module's services; used by both the web host and the command-line host.</summary>
    void AddServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>Maps the module's API endpoints and Razor pages.</summary>
    void MapEndpoints(WebApplication app);

    /// <summary>Adds the module's verbs to the <c>zhixin</c> command.</summary>
    void AddCommands(ZhixinCommandLine commandLine);
}

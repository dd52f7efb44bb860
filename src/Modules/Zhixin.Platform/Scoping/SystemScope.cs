using Microsoft.Extensions.DependencyInjection;

namespace Zhixin.Platform.Scoping;

/// <summary>A service scope acting as the system (unrestricted scope), for background jobs; their changes are audited under <c>name</c>.</summary>
public static class SystemScope
{
    public static AsyncServiceScope Create(IServiceProvider services, string name)
    {
        ArgumentNullException.ThrowIfNull(services);
        var scope = services.CreateAsyncScope();
        ((CallerContext)scope.ServiceProvider.GetRequiredService<ICallerContext>()).Current = Caller.System(name);
        return scope;
    }
}

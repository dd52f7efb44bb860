using Zhixin.Credit;
using Zhixin.Host;
using Zhixin.Inspection;
using Zhixin.Plans;
using Zhixin.Platform;
using Zhixin.Register;

// The platform is its modules, in level order; everything else is in ZhixinHost.
return await ZhixinHost.RunAsync(args,
[
    new PlatformModule(),
    new RegisterModule(),
    new InspectionModule(),
    new CreditModule(),
    new PlansModule(),
]);

/// <summary>The entry point, named for WebApplicationFactory in the tests.</summary>
public partial class Program;

using Microsoft.Extensions.Localization;

// RegisterText lives in namespace Zhixin.Register while its .resx files sit in Resources/.
[assembly: ResourceLocation("Resources")]

namespace Grassroots.Web.Modules.Home;

/// <summary>The signed-in person's landing page and the error pages.</summary>
public sealed class HomeModule : IModule
{
    public void Register(ModuleBuilder module) => module.Services.AddScoped<LandingReader>();
}

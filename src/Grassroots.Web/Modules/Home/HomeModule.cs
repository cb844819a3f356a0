namespace Grassroots.Web.Modules.Home;

/// <summary>The signed-in person's landing page and the error pages: its reader is found by its shape, its pages by Razor.</summary>
public sealed class HomeModule : IModule
{
    public void Register(ModuleBuilder module)
    {
    }
}

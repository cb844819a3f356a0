namespace Grassroots.Web.Modules.Portal;

/// <summary>
/// A unit's public home (<c>/p/{unitCode}</c>), drawn from the sections other modules declare (<see cref="IPortalSection"/>):
/// it needs nothing of its own beyond its page.
/// </summary>
public sealed class PortalModule : IModule
{
    public void Register(ModuleBuilder module)
    {
    }
}

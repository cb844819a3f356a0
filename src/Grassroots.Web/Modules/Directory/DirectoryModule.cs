namespace Grassroots.Web.Modules.Directory;

/// <summary>The administrative tree: units, their kinds and their lineage through merges, splits and renames.</summary>
public sealed class DirectoryModule : IModule
{
    public void Register(ModuleBuilder module)
    {
        module.MapApi(api => api.MapUnitsApi());
        module.Nav(Pillar.Administration, "/units", "Nav.Units", Permission.View, order: 1);
    }
}

using Grassroots.Web.Platform.Modules;
using Grassroots.Web.Modules.Directory.Create;
using Grassroots.Web.Modules.Directory.Merge;
using Grassroots.Web.Modules.Directory.Rename;
using Grassroots.Web.Modules.Directory.Split;

namespace Grassroots.Web.Modules.Directory;

/// <summary>The administrative tree: units, their kinds and their lineage through merges, splits and renames.</summary>
public sealed class DirectoryModule : IModule
{
    public void Register(ModuleBuilder module)
    {
        var services = module.Services;
        services.AddScoped<UnitReader>();
        services.AddScoped<CreateUnit>();
        services.AddScoped<RenameUnit>();
        services.AddScoped<MergeUnits>();
        services.AddScoped<SplitUnit>();
        module.Demo<Demo.DirectoryDemo>();
        module.MapApi(api => api.MapUnitsApi());
        module.Nav(Pillar.Administration, "/units", "Nav.Units", Permission.View, order: 1);
    }
}

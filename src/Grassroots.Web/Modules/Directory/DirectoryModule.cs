using Grassroots.Web.Modules.Directory.Create;
using Grassroots.Web.Modules.Directory.Merge;
using Grassroots.Web.Modules.Directory.Rename;
using Grassroots.Web.Modules.Directory.Split;

namespace Grassroots.Web.Modules.Directory;

/// <summary>The administrative tree: units, their kinds and their lineage through merges, splits and renames.</summary>
public static class DirectoryModule
{
    public static IServiceCollection AddDirectory(this IServiceCollection services)
    {
        services.AddScoped<UnitLineage>();
        services.AddScoped<CreateUnit>();
        services.AddScoped<RenameUnit>();
        services.AddScoped<MergeUnits>();
        services.AddScoped<SplitUnit>();
        return services;
    }

    public static RouteGroupBuilder MapDirectory(this RouteGroupBuilder api) => api.MapUnitsApi();
}

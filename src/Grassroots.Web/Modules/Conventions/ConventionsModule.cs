namespace Grassroots.Web.Modules.Conventions;

/// <summary>
/// Village conventions (hương ước, quy ước — NĐ61; L10 Điều 15 matter 3): drafts posted for comments through Consultations,
/// votes through Decisions, adoption and signatures, the file to the commune and its recognition on the working calendar,
/// the text in force and its amendments.
/// </summary>
public sealed class ConventionsModule : IModule
{
    public void Register(ModuleBuilder module)
    {
        var services = module.Services;
        services.AddScoped<ConventionClock>();
        services.AddScoped<ConventionDocument>();
        services.AddScoped<ConventionVersions>();
        module.PortalSection<ConventionPortalSection>();
        module.Demo<Demo.ConventionsDemo>();
        module.MapApi(api => api.MapConventionsApi());
        module.Nav(Pillar.Decide, "/conventions", "Nav.Conventions", Permission.View, order: 2);
    }
}

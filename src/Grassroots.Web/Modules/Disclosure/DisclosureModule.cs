namespace Grassroots.Web.Modules.Disclosure;

/// <summary>
/// Public disclosure (công khai, L10 Điều 11–14): the catalogues of what communes, agencies and enterprises must disclose,
/// disclosures with their files, and their compliance.
/// </summary>
public sealed class DisclosureModule : IModule
{
    public void Register(ModuleBuilder module)
    {
        var services = module.Services;
        services.AddScoped<DisclosureFiles>();
        module.PortalSection<DisclosurePortalSection>();
        module.Demo<Demo.DisclosureDemo>();
        module.MapApi(api => api.MapDisclosureApi());
        module.Nav(Pillar.Know, "/disclosures", "Nav.Disclosure", Permission.View, order: 1);
    }
}

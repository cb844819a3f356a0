namespace Grassroots.Web.Modules.Disclosure;

/// <summary>
/// Public disclosure (công khai, L10 Điều 11–14): the catalogues of what communes, agencies and enterprises must disclose,
/// disclosures with their files, and their compliance.
/// </summary>
public sealed class DisclosureModule : IModule
{
    public void Register(ModuleBuilder module)
    {
        // The portal's first section (Dân biết): the latest disclosures the unit published there.
        module.PortalSection<DisclosureReader, PortalDisclosure>(10, "/Modules/Disclosure/Pages/_PortalSection.cshtml",
            async (r, unit, ct) => await r.PublishedAsync(unit.Code, 10, ct));
        module.MapApi(api => api.MapDisclosureApi());
        module.Nav(Pillar.Know, "/disclosures", "Nav.Disclosure", Permission.View, order: 1);
    }
}

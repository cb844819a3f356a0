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
        // The portal's section of village conventions under the unit: the texts in force and the drafts open for comments.
        module.PortalSection<ConventionReader, PortalConvention>(40, "/Modules/Conventions/Pages/_PortalSection.cshtml",
            async (r, unit, ct) => await r.PortalAsync(unit.Path, 30, ct));
        module.MapApi(api => api.MapConventionsApi());
        module.Nav(Pillar.Decide, "/conventions", "Nav.Conventions", Permission.View, order: 2);
    }
}

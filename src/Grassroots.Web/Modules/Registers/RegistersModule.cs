namespace Grassroots.Web.Modules.Registers;

/// <summary>
/// Community registers, kept as the work happens so that every report counts records, not typed totals: grassroots
/// mediation (teams, cases, agreements), propaganda, legal education and training, "Dân vận khéo" models, and democracy at
/// work (agencies' and enterprises' conferences and dialogues). Its figures replace the indicators the units used to type.
/// </summary>
public sealed class RegistersModule : IModule
{
    public void Register(ModuleBuilder module)
    {
        // The portal's "Dân vận khéo" section: the models of the unit and the units below it, each with its public page.
        module.PortalSection<DanVan.ModelReader, DanVan.PortalModel>(45, "/Modules/Registers/Pages/_PortalSection.cshtml",
            async (r, unit, ct) => await r.PortalAsync(unit.Code, 10, ct));
        module.MapApi(api => api.MapRegistersApi());
        module.Nav(Pillar.Petitions, "/mediation", "Nav.Mediation", Permission.View, order: 5);
        module.Nav(Pillar.Know, "/outreach", "Nav.Outreach", Permission.View, order: 5);
        module.Nav(Pillar.Decide, "/models", "Nav.Models", Permission.View, order: 6);
        module.Nav(Pillar.Supervise, "/workplaces", "Nav.Workplaces", Permission.View, order: 6);
    }
}

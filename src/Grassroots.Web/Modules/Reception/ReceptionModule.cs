namespace Grassroots.Web.Modules.Reception;

/// <summary>Citizen reception (tiếp công dân): sessions, visits, the head's schedule, the reception figures and the statistics page.</summary>
public sealed class ReceptionModule : IModule
{
    public void Register(ModuleBuilder module)
    {
        module.MapApi(api => api.MapReceptionApi());
        module.MapEndpoints(app => app.MapReceptionFeed());
        module.Nav(Pillar.Petitions, "/reception", "Nav.Reception", Permission.View, order: 2);
        module.Nav(Pillar.Petitions, "/statistics", "Nav.Statistics", Permission.View, order: 3);
    }
}

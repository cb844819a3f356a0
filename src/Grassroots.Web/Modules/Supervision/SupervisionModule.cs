namespace Grassroots.Web.Modules.Supervision;

/// <summary>
/// People check and supervise (Dân kiểm tra, giám sát; L10 Điều 30–45): People's Inspection Boards and community
/// investment supervision boards, the Front's supervision and social criticism, voters' meetings and dialogues, and one
/// tracker for every recommendation they raise, to its answer.
/// </summary>
public sealed class SupervisionModule : IModule
{
    public void Register(ModuleBuilder module)
    {
        // The portal shows the recommendations and petitions the law lets the people see, with their answers.
        module.PortalSection<SupervisionReader, PortalRecommendation>(50, "/Modules/Supervision/Pages/_PortalSection.cshtml",
            async (r, unit, ct) => await r.PublicAsync(unit.Code, 10, ct));
        module.MapApi(api => api.MapSupervisionApi());
        module.Nav(Pillar.Supervise, "/supervision", "Nav.Supervision", Permission.View, order: 1);
    }
}

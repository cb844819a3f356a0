namespace Grassroots.Web.Modules.Decisions;

/// <summary>People discuss and decide (Dân bàn và quyết định, L10 Điều 15–24; NĐ59): household rolls, matters, votes, verdicts, recognition.</summary>
public sealed class DecisionsModule : IModule
{
    public void Register(ModuleBuilder module)
    {
        // The portal's section of what the communities under the unit decide (Dân quyết định): open votes and results.
        module.PortalSection<DecisionReader, PortalMatter>(30, "/Modules/Decisions/Pages/_PortalSection.cshtml",
            async (r, unit, ct) => await r.PortalAsync(unit.Path, 10, ct));
        module.MapApi(api => api.MapDecisionsApi());
        module.Job<Matters.VoteOpenedJob>("0 0 6 * * ?"); // every morning at 06:00: the notices of the votes opening that day
        module.Nav(Pillar.Decide, "/decisions", "Nav.Decisions", Permission.View, order: 1);
    }
}

using Grassroots.Web.Platform.Modules;
using Grassroots.Web.Modules.Decisions.Contracts;

namespace Grassroots.Web.Modules.Decisions;

/// <summary>People discuss and decide (Dân bàn và quyết định, L10 Điều 15–24; NĐ59): household rolls, matters, votes, verdicts, recognition.</summary>
public sealed class DecisionsModule : IModule
{
    public void Register(ModuleBuilder module)
    {
        var services = module.Services;
        services.AddScoped<Households>();
        services.AddScoped<RunDecision>();
        services.AddScoped<DecisionReader>();
        services.AddScoped<Contracts.IHouseholdCodes, HouseholdCodes>();
        module.PortalSection<DecisionPortalSection>();
        services.AddScoped<DecisionRecord>();
        services.AddScoped<YearEndMeetings>();
        services.AddScoped<RepresentativeAccounts>();
        services.AddScoped<CommunityVotes>();
        module.MapApi(api => api.MapDecisionsApi());
        module.Nav(Pillar.Decide, "/decisions", "Nav.Decisions", Permission.View, order: 1);
    }
}

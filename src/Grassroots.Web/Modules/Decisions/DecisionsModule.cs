using Grassroots.Web.Modules.Decisions.Contracts;

namespace Grassroots.Web.Modules.Decisions;

/// <summary>People discuss and decide (Dân bàn và quyết định, L10 Điều 15–24; NĐ59): household rolls, matters, votes, verdicts, recognition.</summary>
public static class DecisionsModule
{
    public static IServiceCollection AddDecisions(this IServiceCollection services)
    {
        services.AddScoped<Households>();
        services.AddScoped<RunDecision>();
        services.AddScoped<DecisionReader>();
        services.AddScoped<PortalDecisions>();
        services.AddScoped<DecisionRecord>();
        services.AddScoped<YearEndMeetings>();
        services.AddScoped<RepresentativeAccounts>();
        services.AddScoped<CommunityVotes>();
        return services;
    }

    public static RouteGroupBuilder MapDecisions(this RouteGroupBuilder api) => api.MapDecisionsApi();
}

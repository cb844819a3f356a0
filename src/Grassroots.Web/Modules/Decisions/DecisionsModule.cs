using Grassroots.Web.Modules.Decisions.Households;
using Grassroots.Web.Modules.Decisions.Matters;
using Grassroots.Web.Modules.Decisions.YearEnd;
using Grassroots.Web.Platform.Modules;

namespace Grassroots.Web.Modules.Decisions;

/// <summary>People discuss and decide (Dân bàn và quyết định, L10 Điều 15–24; NĐ59): household rolls, matters, votes, verdicts, recognition.</summary>
public sealed class DecisionsModule : IModule
{
    public void Register(ModuleBuilder module)
    {
        var services = module.Services;
        services.AddScoped<DecisionReader>();
        services.AddScoped<DecisionRecord>();
        services.AddScoped<Communities>();
        services.AddScoped<DecisionMatters>();
        services.AddScoped<CreateMatter>();
        services.AddScoped<RecordMeeting>();
        services.AddScoped<EnterVotes>();
        services.AddScoped<CastOnlineVote>();
        services.AddScoped<CastRepresentativeVote>();
        services.AddScoped<CloseVote>();
        services.AddScoped<FollowUpWithBallot>();
        services.AddScoped<RecogniseDecision>();
        services.AddScoped<RecordHeldMeeting>();
        services.AddScoped<AddHousehold>();
        services.AddScoped<UpdateHousehold>();
        services.AddScoped<OpenRepresentativeAccount>();
        services.AddScoped<UnlinkRepresentativeAccount>();
        services.AddScoped<PlanYearEndMeeting>();
        services.AddScoped<InviteToYearEndMeeting>();
        services.AddScoped<HoldYearEndMeeting>();
        services.AddScoped<Contracts.IHouseholdCodes, HouseholdCodes>();
        services.AddScoped<Contracts.ICommunityVotes, CommunityVotes>();
        module.PortalSection<DecisionPortalSection>();
        module.Demo<Demo.DecisionsDemo>();
        module.MapApi(api => api.MapDecisionsApi());
        module.Nav(Pillar.Decide, "/decisions", "Nav.Decisions", Permission.View, order: 1);
    }
}

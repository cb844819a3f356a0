using Grassroots.Web.Platform.Modules;
using Grassroots.Web.Modules.Petitions.Handle;
using Grassroots.Web.Modules.Petitions.Public;
using Grassroots.Web.Modules.Petitions.Queue;
using Grassroots.Web.Modules.Petitions.Register;

namespace Grassroots.Web.Modules.Petitions;

/// <summary>Letters (đơn thư) from receipt to answer, on the legal clock; denouncers' identities kept secret.</summary>
public sealed class PetitionsModule : IModule
{
    public void Register(ModuleBuilder module)
    {
        var services = module.Services;
        services.AddScoped<PetitionAccess>();
        services.AddScoped<PetitionReader>();
        services.AddScoped<PetitionClock>();
        services.AddSingleton<IdentityProtector>();
        services.AddScoped<DuplicateFinder>();
        services.AddScoped<RegisterPetition>();
        services.AddScoped<Contracts.IPetitionRegistry, PetitionRegistry>();
        services.AddSingleton<PetitionIntake>();
        services.AddHostedService(sp => sp.GetRequiredService<PetitionIntake>());
        services.AddScoped<ClassifyPetition>();
        services.AddScoped<AcceptPetition>();
        services.AddScoped<TransferPetition>();
        services.AddScoped<GuideOrFilePetition>();
        services.AddScoped<ExtendPetition>();
        services.AddScoped<VerifyPetition>();
        services.AddScoped<Export.ExportPetitionRegister>();
        services.AddScoped<SuspendPetition>();
        services.AddScoped<ResolvePetition>();
        services.AddScoped<RevealIdentity>();
        services.AddScoped<MovePetitionToCase>();
        services.AddScoped<AttachFile>();
        services.AddScoped<Statistics.PetitionStatistics>();
        services.AddScoped<IPetitionFigures, Statistics.PetitionFigures>();
        services.AddScoped<Indicators.Contracts.IIndicatorSource, PetitionIndicatorSource>();
        services.AddScoped<TrackPetition>();
        services.AddScoped<PetitionQueue>();
        services.AddScoped<RecordOverdue>();
        services.AddScoped<ICalendarChangeListener, RecomputeDeadlines>();
        module.Job<OverdueJob>("0 15 0 * * ?"); // every day at 00:15
        module.MapApi(api => api.MapPetitionsApi().MapPublicPetitionsApi());
        module.Nav(Pillar.Petitions, "/petitions", "Nav.Petitions", Permission.View, order: 1);
    }
}

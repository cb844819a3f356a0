using Grassroots.Web.Modules.Petitions.Export;
using Grassroots.Web.Modules.Petitions.Handle;
using Grassroots.Web.Modules.Petitions.Public;
using Grassroots.Web.Modules.Petitions.Queue;
using Grassroots.Web.Modules.Petitions.Register;
using Grassroots.Web.Modules.Petitions.Statistics;
using Grassroots.Web.Platform.Modules;

namespace Grassroots.Web.Modules.Petitions;

/// <summary>Letters (đơn thư) from receipt to answer, on the legal clock; denouncers' identities kept secret.</summary>
public sealed class PetitionsModule : IModule
{
    public void Register(ModuleBuilder module)
    {
        var services = module.Services;
        services.AddScoped<PetitionReader>();
        services.AddScoped<PetitionAccess>();
        services.AddScoped<PetitionClock>();
        services.AddSingleton<IdentityProtector>();
        services.AddSingleton<AttachmentProtector>();
        services.AddScoped<DuplicateFinder>();
        services.AddScoped<RegisterPetition>();
        services.AddSingleton<PetitionIntake>();
        services.AddHostedService(sp => sp.GetRequiredService<PetitionIntake>());
        services.AddScoped<AttachFile>();
        services.AddScoped<ClassifyPetition>();
        services.AddScoped<AcceptPetition>();
        services.AddScoped<TransferPetition>();
        services.AddScoped<GuideOrFilePetition>();
        services.AddScoped<ExtendPetition>();
        services.AddScoped<SuspendPetition>();
        services.AddScoped<ResumePetition>();
        services.AddScoped<VerifyPetition>();
        services.AddScoped<ResolvePetition>();
        services.AddScoped<AnswerPetition>();
        services.AddScoped<MovePetitionToCase>();
        services.AddScoped<RevealIdentity>();
        services.AddScoped<DownloadAttachment>();
        services.AddScoped<GiveSatisfaction>();
        services.AddScoped<PetitionQueue>();
        services.AddScoped<PetitionStatistics>();
        services.AddScoped<ExportPetitionRegister>();
        services.AddScoped<RecordOverdue>();
        services.AddScoped<ICalendarChangeListener, RecomputeDeadlines>();
        services.AddScoped<IPetitionRegistry, PetitionRegistry>();
        services.AddScoped<IPetitionFigures, PetitionFigures>();
        services.AddScoped<Indicators.Contracts.IIndicatorSource, PetitionIndicatorSource>();
        module.Demo<Demo.PetitionsDemo>();
        module.Job<OverdueJob>("0 15 0 * * ?"); // every day at 00:15
        module.MapApi(api => api.MapPetitionsApi().MapPublicPetitionsApi());
        module.Nav(Pillar.Petitions, "/petitions", "Nav.Petitions", Permission.View, order: 1);
    }
}

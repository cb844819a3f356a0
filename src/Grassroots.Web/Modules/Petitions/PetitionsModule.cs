using Grassroots.Web.Modules.Calendar;
using Grassroots.Web.Modules.Petitions.Handle;
using Grassroots.Web.Modules.Petitions.Public;
using Grassroots.Web.Modules.Petitions.Queue;
using Grassroots.Web.Modules.Petitions.Register;
using Quartz;

namespace Grassroots.Web.Modules.Petitions;

/// <summary>Letters (đơn thư) from receipt to answer, on the legal clock; denouncers' identities kept secret.</summary>
public static class PetitionsModule
{
    public static IServiceCollection AddPetitions(this IServiceCollection services)
    {
        services.AddScoped<PetitionAccess>();
        services.AddScoped<PetitionReader>();
        services.AddScoped<LegalClock>();
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
        services.AddScoped<Indicators.Contracts.IIndicatorSource, PetitionIndicatorSource>();
        services.AddScoped<TrackPetition>();
        services.AddScoped<PetitionQueue>();
        services.AddScoped<RecordOverdue>();
        services.AddScoped<ICalendarChangeListener, RecomputeDeadlines>();
        services.AddQuartz(q =>
        {
            q.AddJob<OverdueJob>(j => j.WithIdentity(OverdueJob.Key));
            // Every day at 00:15 in Vietnam.
            q.AddTrigger(t => t.ForJob(OverdueJob.Key).WithCronSchedule("0 15 0 * * ?", c => c.InTimeZone(VietnamZone())));
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }

    public static RouteGroupBuilder MapPetitions(this RouteGroupBuilder api) => api.MapPetitionsApi().MapPublicPetitionsApi();

    private static TimeZoneInfo VietnamZone() =>
        TimeZoneInfo.TryFindSystemTimeZoneById("Asia/Ho_Chi_Minh", out var zone)
            ? zone
            : TimeZoneInfo.CreateCustomTimeZone("UTC+7", Platform.Clock.VietnamOffset, "UTC+7", "UTC+7");
}

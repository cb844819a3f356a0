using Grassroots.Web.Modules.Consultations.Contracts;

namespace Grassroots.Web.Modules.Consultations;

/// <summary>People give opinions (Dân tham gia ý kiến, L10 Điều 25–29): drafts, comments at scale, the answered summary.</summary>
public static class ConsultationsModule
{
    public static IServiceCollection AddConsultations(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddScoped<RunConsultation>();
        services.AddSingleton<SubmitComment>();
        services.AddScoped<ConsultationReader>();
        services.AddScoped<PortalConsultations>();
        services.AddScoped<DraftConsultations>();
        services.AddScoped<SummaryDocument>();
        services.AddSingleton<CommentIntake>();
        services.AddHostedService(sp => sp.GetRequiredService<CommentIntake>());
        return services;
    }

    public static RouteGroupBuilder MapConsultations(this RouteGroupBuilder api) => api.MapConsultationsApi();
}

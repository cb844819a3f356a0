using Grassroots.Web.Platform.Modules;
using Grassroots.Web.Modules.Consultations.Contracts;

namespace Grassroots.Web.Modules.Consultations;

/// <summary>People give opinions (Dân tham gia ý kiến, L10 Điều 25–29): drafts, comments at scale, the answered summary.</summary>
public sealed class ConsultationsModule : IModule
{
    public void Register(ModuleBuilder module)
    {
        var services = module.Services;
        services.AddMemoryCache();
        services.AddScoped<RunConsultation>();
        services.AddSingleton<SubmitComment>();
        services.AddScoped<ConsultationReader>();
        module.PortalSection<ConsultationPortalSection>();
        services.AddScoped<DraftConsultations>();
        services.AddScoped<SummaryDocument>();
        services.AddSingleton<CommentIntake>();
        services.AddHostedService(sp => sp.GetRequiredService<CommentIntake>());
        module.MapApi(api => api.MapConsultationsApi());
        module.Nav(Pillar.Discuss, "/consultations", "Nav.Consultations", Permission.View, order: 1);
    }
}

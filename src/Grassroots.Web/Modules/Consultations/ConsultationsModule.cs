namespace Grassroots.Web.Modules.Consultations;

/// <summary>People give opinions (Dân tham gia ý kiến, L10 Điều 25–29): drafts, comments at scale, the answered summary.</summary>
public sealed class ConsultationsModule : IModule
{
    public void Register(ModuleBuilder module)
    {
        var services = module.Services;
        services.AddMemoryCache();
        services.AddScoped<SummaryDocument>();
        services.AddScoped<EditableConsultations>();
        services.AddSingleton<SubmitComment>();
        services.AddSingleton<CommentIntake>();
        services.AddHostedService(sp => sp.GetRequiredService<CommentIntake>());
        services.AddScoped<Contracts.IDraftConsultations, DraftConsultations>();
        module.PortalSection<ConsultationPortalSection>();
        module.Demo<Demo.ConsultationsDemo>();
        module.MapApi(api => api.MapConsultationsApi());
        module.Nav(Pillar.Discuss, "/consultations", "Nav.Consultations", Permission.View, order: 1);
    }
}

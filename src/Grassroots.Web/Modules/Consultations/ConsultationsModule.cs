namespace Grassroots.Web.Modules.Consultations;

/// <summary>People give opinions (Dân tham gia ý kiến, L10 Điều 25–29): drafts, comments at scale, the answered summary.</summary>
public sealed class ConsultationsModule : IModule
{
    public void Register(ModuleBuilder module)
    {
        var services = module.Services;
        services.AddMemoryCache();
        services.AddSingleton<SubmitComment>();
        services.AddSingleton<CommentIntake>();
        services.AddHostedService(sp => sp.GetRequiredService<CommentIntake>());
        // The portal's section of drafts open for comments (Dân bàn), and those whose summary is out.
        module.PortalSection<ConsultationReader, PortalConsultation>(20, "/Modules/Consultations/Pages/_PortalSection.cshtml",
            async (r, unit, ct) => await r.PortalAsync(unit.Id, 10, ct));
        module.MapApi(api => api.MapConsultationsApi());
        module.Nav(Pillar.Discuss, "/consultations", "Nav.Consultations", Permission.View, order: 1);
    }
}

using Grassroots.Web.Modules.Surveys.Responses;

namespace Grassroots.Web.Modules.Surveys;

/// <summary>
/// Satisfaction surveys of public services (SIPAS, docs/surveys.md): versioned questionnaires (the SIPAS template ships),
/// campaigns per unit and period answered anonymously from the portal, the counter's QR code or paper forms, and the
/// index by element and overall with its interval, computed, rolled up and published on the portal when a campaign closes.
/// </summary>
public sealed class SurveysModule : IModule
{
    public void Register(ModuleBuilder module)
    {
        // The portal shows the unit's closed campaigns and their index (Dân kiểm tra: the people's verdict on the service).
        module.PortalSection<SurveyReader, PortalSurvey>(55, "/Modules/Surveys/Pages/_PortalSection.cshtml",
            async (r, unit, ct) => await r.PortalAsync(unit.Code, 5, ct));
        module.MapApi(api => api.MapSurveysApi().MapPublicSurveysApi());
        module.Nav(Pillar.Supervise, "/surveys", "Nav.Surveys", Permission.View, order: 7);
        module.Services.AddSingleton<SurveyCampaigns>();
        module.Services.AddSingleton<SurveyIntake>();
        module.Services.AddHostedService(sp => sp.GetRequiredService<SurveyIntake>());
    }
}

using Grassroots.Web.Modules.Petitions.Open311;
using Grassroots.Web.Modules.Petitions.Register;

namespace Grassroots.Web.Modules.Petitions;

/// <summary>Letters (đơn thư) from receipt to answer, on the legal clock; denouncers' identities kept secret.</summary>
public sealed class PetitionsModule : IModule
{
    public void Register(ModuleBuilder module)
    {
        var services = module.Services;
        services.AddSingleton<IdentityProtector>();
        services.AddSingleton<AttachmentProtector>();
        services.AddSingleton<PetitionIntake>();
        services.AddHostedService(sp => sp.GetRequiredService<PetitionIntake>());
        services.AddScoped<ICalendarChangeListener, RecomputeDeadlines>();
        module.Job<OverdueJob>("0 15 0 * * ?"); // every day at 00:15
        module.MapApi(api => api.MapPetitionsApi().MapPublicPetitionsApi().MapOpen311ClientsApi());
        module.MapEndpoints(app => app.MapOpen311()); // Open311 GeoReport v2 for feedback, under /open311/v2
        module.Nav(Pillar.Petitions, "/petitions", "Nav.Petitions", Permission.View, order: 1);
    }
}

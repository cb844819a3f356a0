namespace Grassroots.Web.Modules.PersonalData;

/// <summary>
/// A person's data on request (docs/personal-data.md): an officer finds what the modules keep about one person in a
/// unit's subtree, on screen, as JSON or as a workbook; every search is audited without the data.
/// </summary>
public sealed class PersonalDataModule : IModule
{
    public void Register(ModuleBuilder module)
    {
        module.MapApi(api => api.MapPersonalDataApi());
        module.Services.Configure<RetentionOptions>(module.Configuration.GetSection("Retention"));
        module.Job<RetentionJob>("0 30 2 * * ?"); // every night at 02:30
        module.Nav(Pillar.Administration, "/personal-data", "Nav.PersonalData", Permission.AnswerDataRequests, order: 5);
    }
}

namespace Grassroots.Web.Modules.Outreach;

/// <summary>
/// The ways out of the platform (issue 20): the outbox's messages and their state for administrators, webhook
/// subscriptions with their delivery history, iCalendar feeds. The outbox itself is the platform's (Platform/Outbox).
/// </summary>
public sealed class OutreachModule : IModule
{
    public void Register(ModuleBuilder module)
    {
        module.MapApi(api => api.MapOutreachApi());
        module.Job<DailyDigestJob>("0 0 7 ? * MON-SAT");     // the digest skips days off itself (the working calendar)
        module.Nav(Pillar.Administration, "/admin/outbox", "Nav.Outbox", Permission.ManageUnits, order: 20);
        module.Nav(Pillar.Administration, "/admin/webhooks", "Nav.Webhooks", Permission.ManageUnits, order: 21);
    }
}

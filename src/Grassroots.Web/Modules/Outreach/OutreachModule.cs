namespace Grassroots.Web.Modules.Outreach;

/// <summary>
/// The ways out of the platform (issue 20): the outbox's messages and their state for administrators, webhook
/// subscriptions with their delivery history, iCalendar feeds (a user's deadlines), a unit's open data. The outbox itself is the platform's (Platform/Outbox).
/// </summary>
public sealed class OutreachModule : IModule
{
    public void Register(ModuleBuilder module)
    {
        module.MapApi(api => api.MapOutreachApi());
        module.MapEndpoints(app =>
        {
            app.MapMyDeadlinesFeed();
            app.MapOpenData();
        });
        // The portal's section of what other systems and calendars can take: open data and the feeds.
        module.PortalSection<OpenDataReader, PortalFeed>(90, "/Modules/Outreach/Pages/_PortalSection.cshtml",
            (_, unit, _) => Task.FromResult<IReadOnlyList<PortalFeed>>(PortalFeed.Of(unit.Code)));
        module.Job<DailyDigestJob>("0 0 7 ? * MON-SAT");     // the digest skips days off itself (the working calendar)
        module.Nav(Pillar.Administration, "/admin/outbox", "Nav.Outbox", Permission.ManageUnits, order: 20);
        module.Nav(Pillar.Administration, "/admin/webhooks", "Nav.Webhooks", Permission.ManageUnits, order: 21);
    }
}

/// <summary>A link of the portal's open data and feeds section (the label a resource key).</summary>
public sealed record PortalFeed(string Id, string LabelKey, string Href)
{
    public static IReadOnlyList<PortalFeed> Of(string unit) =>
    [
        new("open-data-csv", "Outreach.Portal.OpenDataCsv", $"/p/{unit}/open-data.csv"),
        new("open-data-json", "Outreach.Portal.OpenDataJson", $"/p/{unit}/open-data.json"),
        new("reception-ics", "Outreach.Portal.ReceptionFeed", $"/p/{unit}/reception.ics"),
        new("committee-ics", "Outreach.Portal.CommitteeFeed", $"/p/{unit}/committee-meetings.ics"),
    ];
}

using Grassroots.Web.Platform.Documents;
using Microsoft.Extensions.Localization;

namespace Grassroots.Web.Modules.Reception;

/// <summary>
/// The head's published reception days of a unit as an iCalendar feed (LTCD Điều 12–15: the schedule is public), for a
/// phone's calendar to subscribe to: one event a day, its UID the entry's own and its SEQUENCE the entry's version, in
/// Asia/Ho_Chi_Minh (docs/legal.md, LTCD-15: the place and days of reception are made public). A unit that ended has no
/// feed: the answer says who took it over.
/// </summary>
public sealed class ReceptionFeedReader(AppDbContext db, UnitDirectory directory, IStringLocalizer<SharedResource> localizer, TimeProvider clock)
{
    public async Task<string> IcsAsync(string unitCode, string baseUrl, CancellationToken ct)
    {
        var unit = await directory.FindAsync(Text.Clean(unitCode), ct);
        if (await directory.EndingAsync(unit, ct) is { } ended)
        {
            throw new DomainException(StatusCodes.Status410Gone, "Reception.FeedUnitEnded", unit.Name, Text.Date(unit.ValidTo),
                string.Join(", ", ended.Successors.Select(s => s.Name)));
        }
        var today = clock.VietnamToday();
        var entries = await db.Set<ReceptionScheduleEntry>().AsNoTracking()
            .Where(e => e.UnitId == unit.Id && e.On >= today.AddMonths(-3) && e.On <= today.AddMonths(12)).OrderBy(e => e.On).ToListAsync(ct);
        var page = $"{baseUrl}/p/{unit.Code}/schedule";
        return CalendarFeed.Write(localizer["Reception.FeedName", unit.Name].Value, localizer["Reception.FeedDescription", unit.Name].Value,
            entries.Select(e => new FeedEvent($"reception-{e.Id}@{unit.Code}.grassroots", e.Version, e.On, e.StartsAt, e.EndsAt,
                localizer["Reception.FeedSummary", unit.Name].Value, e.Place,
                localizer["Reception.FeedEventDescription", e.HeadName].Value + (e.Note is null ? "" : "\n" + e.Note), page)),
            clock.GetUtcNow().UtcDateTime);
    }
}

public static class ReceptionFeedEndpoints
{
    public static void MapReceptionFeed(this IEndpointRouteBuilder app) =>
        app.MapGet("/p/{unitCode}/reception.ics", async (string unitCode, HttpRequest request, ReceptionFeedReader reader, CancellationToken ct) =>
            TypedResults.Text(await reader.IcsAsync(unitCode, $"{request.Scheme}://{request.Host}", ct), CalendarFeed.ContentType))
            .AllowAnonymous().WithTags("Calendar feeds")
            .WithSummary("iCalendar feed (RFC 5545) of a unit's published reception days, in Asia/Ho_Chi_Minh; stable UIDs, SEQUENCE raised on every change, REFRESH-INTERVAL 12 hours. 410 for a unit that ended.")
            .Produces(StatusCodes.Status200OK, contentType: "text/calendar");
}

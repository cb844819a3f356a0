using Grassroots.Web.Platform.Documents;
using Microsoft.Extensions.Localization;

namespace Grassroots.Web.Modules.Steering;

/// <summary>
/// The meetings of a unit's steering committee as an iCalendar feed, for a phone's calendar to subscribe to (issue 20):
/// one all-day event a meeting (the register keeps its day, not its hours), its UID the meeting's own and its SEQUENCE the
/// meeting's version (raised on every change), in Asia/Ho_Chi_Minh. Only what a portal may show: the day, the place and
/// who chaired — never the minutes. A unit that ended has no feed: 410, naming who took it over.
/// </summary>
public sealed class CommitteeMeetingFeedReader(AppDbContext db, UnitDirectory directory, IStringLocalizer<SharedResource> localizer, TimeProvider clock)
{
    public async Task<string> IcsAsync(string unitCode, string baseUrl, CancellationToken ct)
    {
        var unit = await directory.FindAsync(Text.Clean(unitCode), ct);
        if (await directory.EndingAsync(unit, ct) is { } ended)
        {
            throw new DomainException(StatusCodes.Status410Gone, "Steering.FeedUnitEnded", unit.Name, Text.Date(unit.ValidTo),
                string.Join(", ", ended.Successors.Select(s => s.Name)));
        }
        var since = clock.VietnamToday().AddYears(-2);
        var meetings = await db.Set<CommitteeMeeting>().AsNoTracking()
            .Where(m => m.UnitId == unit.Id && m.HeldOn >= since).OrderBy(m => m.HeldOn).ToListAsync(ct);
        var page = $"{baseUrl}/p/{unit.Code}";
        return CalendarFeed.Write(localizer["Steering.FeedName", unit.Name].Value, localizer["Steering.FeedDescription", unit.Name].Value,
            meetings.Select(m => new FeedEvent($"committee-meeting-{m.Id}@{unit.Code}.grassroots", m.Version, m.HeldOn, null, null,
                localizer["Steering.FeedSummary", unit.Name].Value, m.Place, localizer["Steering.FeedEventDescription", m.Chair].Value, page)),
            clock.GetUtcNow().UtcDateTime);
    }
}

public static class CommitteeMeetingFeedEndpoints
{
    public static void MapCommitteeMeetingFeed(this IEndpointRouteBuilder app) =>
        app.MapGet("/p/{unitCode}/committee-meetings.ics", async (string unitCode, HttpRequest request, CommitteeMeetingFeedReader reader, CancellationToken ct) =>
            TypedResults.Text(await reader.IcsAsync(unitCode, $"{request.Scheme}://{request.Host}", ct), CalendarFeed.ContentType))
            .AllowAnonymous().WithTags("Calendar feeds")
            .WithSummary("iCalendar feed (RFC 5545) of the meetings of a unit's steering committee (day, place, chair; never the minutes), in Asia/Ho_Chi_Minh; stable UIDs, SEQUENCE raised on every change, REFRESH-INTERVAL 12 hours. 410 for a unit that ended.")
            .Produces(StatusCodes.Status200OK, contentType: "text/calendar");
}

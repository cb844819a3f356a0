using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Grassroots.Web.Platform.Documents;

/// <summary>
/// An event of an iCalendar feed: a stable <see cref="Uid"/> and a <see cref="Sequence"/> raised on every change (the
/// record's version), so a calendar that subscribed replaces an edited event instead of adding a second one. Without
/// times it is an all-day event.
/// </summary>
public sealed record FeedEvent(string Uid, int Sequence, DateOnly On, TimeOnly? Starts, TimeOnly? Ends, string Summary, string? Location,
    string? Description, string? Url = null, bool Cancelled = false);

/// <summary>iCalendar feeds (RFC 5545, with Ical.Net) in Vietnam's time zone, Asia/Ho_Chi_Minh, refreshed twice a day.</summary>
public static class CalendarFeed
{
    public const string TimeZoneId = "Asia/Ho_Chi_Minh";
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>How often a subscribed calendar should look again (RFC 7986 REFRESH-INTERVAL, and the older X-PUBLISHED-TTL).</summary>
    public static readonly TimeSpan Refresh = TimeSpan.FromHours(12);

    public static string Write(string name, string? description, IEnumerable<FeedEvent> events, DateTime stampUtc)
    {
        var calendar = new Calendar { ProductId = "-//Grassroots//Dan chu co so so//VI" };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("NAME", name);
        if (description is not null)
        {
            calendar.AddProperty("X-WR-CALDESC", description);
        }
        calendar.AddProperty("X-WR-TIMEZONE", TimeZoneId);
        var refresh = new CalendarProperty("REFRESH-INTERVAL", "PT12H");
        refresh.Parameters.Add("VALUE", "DURATION");
        calendar.AddProperty(refresh);
        calendar.AddProperty("X-PUBLISHED-TTL", "PT12H");
        calendar.AddTimeZone(TimeZoneId);
        foreach (var e in events)
        {
            var ev = new CalendarEvent
            {
                Uid = e.Uid,
                Sequence = e.Sequence,
                Summary = e.Summary,
                Location = e.Location,
                Description = e.Description,
                DtStamp = new CalDateTime(stampUtc, "UTC"),
                Status = e.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            };
            if (e.Starts is { } starts)
            {
                ev.DtStart = new CalDateTime(e.On, starts, TimeZoneId);
                ev.DtEnd = new CalDateTime(e.On, e.Ends ?? starts.AddHours(1), TimeZoneId);
            }
            else
            {
                ev.DtStart = new CalDateTime(e.On);
                ev.DtEnd = new CalDateTime(e.On.AddDays(1));
            }
            if (e.Url is not null)
            {
                ev.Url = new Uri(e.Url);
            }
            calendar.Events.Add(ev);
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}

using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using ICalendar = Ical.Net.Calendar;

namespace Grassroots.Tests.Outreach;

/// <summary>
/// The iCalendar feed of a unit's reception days (issue 20; LTCD Điều 12–15: the head's reception schedule is public):
/// a calendar parser reads the days at the published times in Asia/Ho_Chi_Minh; an edited day keeps its UID and raises
/// its SEQUENCE; a unit that ended answers 410 naming who took it over.
/// </summary>
public sealed class CalendarFeedTests
{
    private const string RoMen = "24971";

    [Theory, Providers]
    public async Task The_feed_of_Ro_Mens_reception_days_opens_in_a_calendar_parser_with_the_right_times_in_Ho_Chi_Minh_City(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var head = await app.ApiAsync("ct.romen");
        // Thursday 3/12/2026, 7:30–11:00, published by the commune.
        (await head.PutAsJsonAsync($"/api/v1/reception/schedule/{RoMen}/2026-12-03", new
        {
            headName = "Chủ tịch UBND xã Rô Men", place = "Phòng tiếp công dân, UBND xã Rô Men", startsAt = "07:30", endsAt = "11:00",
        })).EnsureSuccessStatusCode();
        using var anyone = app.CreateClient();
        var response = await anyone.GetAsync($"/p/{RoMen}/reception.ics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("REFRESH-INTERVAL;VALUE=DURATION:PT12H", text);
        Assert.Contains("BEGIN:VTIMEZONE", text);
        Assert.Contains("TZID:Asia/Ho_Chi_Minh", text);

        var calendar = ICalendar.Load(text)!;
        var day = calendar.Events.Single(e => e.DtStart!.Date == new DateOnly(2026, 12, 3));
        Assert.Equal("Asia/Ho_Chi_Minh", day.DtStart!.TzId);
        Assert.Equal(new TimeOnly(7, 30), day.DtStart.Time);
        Assert.Equal(new DateTime(2026, 12, 3, 0, 30, 0, DateTimeKind.Utc), day.DtStart.AsUtc);
        Assert.Equal(new DateTime(2026, 12, 3, 4, 0, 0, DateTimeKind.Utc), day.DtEnd!.AsUtc);
        Assert.Equal("Phòng tiếp công dân, UBND xã Rô Men", day.Location);
        Assert.Equal("Tiếp công dân định kỳ — Xã Rô Men", day.Summary);
        var uid = day.Uid;
        var sequence = day.Sequence;

        // The head moves the afternoon: the same event, a higher SEQUENCE, so a subscribed calendar replaces it.
        (await head.PutAsJsonAsync($"/api/v1/reception/schedule/{RoMen}/2026-12-03", new
        {
            headName = "Chủ tịch UBND xã Rô Men", place = "Nhà văn hóa thôn Đạ Nhinh", startsAt = "13:30", endsAt = "16:30",
        })).EnsureSuccessStatusCode();
        var edited = ICalendar.Load(await anyone.GetStringAsync($"/p/{RoMen}/reception.ics"))!.Events.Single(e => e.Uid == uid);
        Assert.True(edited.Sequence > sequence);
        Assert.Equal(new DateTime(2026, 12, 3, 6, 30, 0, DateTimeKind.Utc), edited.DtStart!.AsUtc);
        Assert.Equal("Nhà văn hóa thôn Đạ Nhinh", edited.Location);

        // Both times or neither, the end after the start: refused with the field named, nothing saved.
        var refused = await head.PutAsJsonAsync($"/api/v1/reception/schedule/{RoMen}/2026-12-10", new { headName = "Chủ tịch", place = "UBND xã", startsAt = "11:00", endsAt = "07:30" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("Giờ kết thúc phải sau giờ bắt đầu.", (await refused.ProblemAsync()).GetProperty("errors").GetProperty("endsAt")[0].GetString());

        // The old commune of Rô Men ended on 1/7/2025: no feed, and the answer says who publishes the days now.
        var ended = await anyone.GetAsync("/p/24901/reception.ics");
        Assert.Equal(HttpStatusCode.Gone, ended.StatusCode);
        Assert.Contains("Xã Rô Men", (await ended.ProblemAsync()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync("/p/99999999/reception.ics")).StatusCode);

        // Listed in the OpenAPI document.
        Assert.Contains("/p/{unitCode}/reception.ics", await anyone.GetStringAsync("/openapi/v1.json"));
    }
}

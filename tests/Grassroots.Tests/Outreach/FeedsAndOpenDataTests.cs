using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Outreach;
using Grassroots.Web.Modules.Steering;
using ICalendar = Ical.Net.Calendar;

namespace Grassroots.Tests.Outreach;

/// <summary>
/// Issue 20's calendars and open data: a user's deadlines as an iCalendar feed behind a secret token in the address (no
/// session cookie), reset to end the old address; a steering committee's meetings as a public feed; a unit's public
/// statistics as CSV (UTF-8 with BOM, licence) and JSON with a stable schema, small counts withheld, 410 for a unit that ended.
/// </summary>
public sealed class FeedsAndOpenDataTests
{
    private const string RoMen = "24971";

    private sealed record FeedInfo(string? Url, DateTime? CreatedAt);

    [Theory, Providers]
    public async Task A_users_deadlines_feed_is_read_with_its_secret_address_only_and_a_reset_ends_the_old_one(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var province = await app.ApiAsync("qt.lamdong");
        (await province.PostAsJsonAsync("/api/v1/reports/periods", new
        {
            templateKey = Grassroots.Web.Modules.Reports.BuiltInTemplates.GovernmentReview, unitCode = "68", title = "Báo cáo kết quả thực hiện dân chủ ở cơ sở năm 2026",
            from = "2026-01-01", to = "2026-12-31", dueOn = "2026-12-15", recipient = "UBND tỉnh Lâm Đồng", unitCodes = new[] { RoMen },
        })).EnsureSuccessStatusCode();
        // A citizen's letter to the commune: on the legal clock from today.
        using var citizen = app.CreateClient();
        var letter = await (await citizen.PostAsJsonAsync("/api/v1/public/petitions", new
        {
            unitCode = RoMen, kind = "Recommendation", content = "Đề nghị sửa cầu treo thôn 3, ván cầu đã mục.", petitionerName = "Trần Văn Bình", petitionerPhone = "0905333444",
        })).ReadAsync<Grassroots.Web.Modules.Petitions.PublicPetitionCreated>();
        using var officer = await app.ApiAsync("cb.romen");
        Assert.Null((await (await officer.GetAsync("/api/v1/my/calendar-feed")).ReadAsync<FeedInfo>()).Url);
        var feed = await (await officer.PostAsync("/api/v1/my/calendar-feed/reset", null)).ReadAsync<FeedInfo>();
        var path = new Uri(feed.Url!).AbsolutePath;
        Assert.Matches("^/calendar/[A-Za-z0-9_-]{43}/deadlines.ics$", path);

        // A calendar app: no cookie, no token header — the address is the key.
        using var calendarApp = app.CreateClient();
        var response = await calendarApp.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("REFRESH-INTERVAL;VALUE=DURATION:PT12H", text);
        Assert.Contains("TZID:Asia/Ho_Chi_Minh", text);
        var report = ICalendar.Load(text)!.Events.Single(e => e.Summary!.Contains("Báo cáo kết quả thực hiện dân chủ ở cơ sở năm 2026", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2026, 12, 15), report.DtStart!.Date);
        Assert.StartsWith("Hạn: ", report.Summary);
        // Each open letter on its nearest limit, named by its tracking code and kind only — not its content, not its writer.
        var queue = await (await officer.GetAsync($"/api/v1/petitions?unit={RoMen}&open=true")).ReadAsync<Grassroots.Web.Modules.Petitions.Queue.QueuePage>();
        var row = queue.Rows.Single(r => r.TrackingCode == letter.TrackingCode);
        var due = ICalendar.Load(text)!.Events.Single(e => e.Summary!.Contains(letter.TrackingCode, StringComparison.Ordinal));
        Assert.Equal($"Hạn: Đơn {letter.TrackingCode} (Kiến nghị)", due.Summary);
        Assert.Equal(row.NextDueOn, due.DtStart!.Date);
        Assert.DoesNotContain("Trần Văn Bình", text);
        Assert.DoesNotContain("cầu treo", text);
        // The same UID on every read, so a calendar keeps one event.
        Assert.Equal(report.Uid, ICalendar.Load(await calendarApp.GetStringAsync(path))!.Events.Single(e => e.Summary == report.Summary).Uid);

        // Reset: the old address answers 404, the new one works.
        var reset = await (await officer.PostAsync("/api/v1/my/calendar-feed/reset", null)).ReadAsync<FeedInfo>();
        Assert.NotEqual(feed.Url, reset.Url);
        Assert.Equal(HttpStatusCode.NotFound, (await calendarApp.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await calendarApp.GetAsync(new Uri(reset.Url!).AbsolutePath)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await calendarApp.GetAsync("/calendar/short/deadlines.ics")).StatusCode);
        // Without a sign-in, no address is shown.
        Assert.Equal(HttpStatusCode.Unauthorized, (await calendarApp.GetAsync("/api/v1/my/calendar-feed")).StatusCode);
        var openApi = await calendarApp.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/calendar/{token}/deadlines.ics", openApi);
        Assert.Contains("/p/{unitCode}/committee-meetings.ics", openApi);
        Assert.Contains("/p/{unitCode}/open-data.csv", openApi);
        Assert.Contains("/p/{unitCode}/open-data.json", openApi);
    }

    [Theory, Providers]
    public async Task A_committees_meetings_feed_shows_day_place_and_chair_never_the_minutes_and_a_change_raises_the_sequence(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        var meetingId = await app.DbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == RoMen);
            var committee = new SteeringCommittee { UnitId = unit.Id, Name = "Ban Chỉ đạo thực hiện dân chủ ở cơ sở xã Rô Men" };
            db.Add(committee);
            var meeting = new CommitteeMeeting
            {
                CommitteeId = committee.Id, UnitId = unit.Id, HeldOn = new DateOnly(2026, 11, 20), Place = "Hội trường UBND xã Rô Men",
                Chair = "Trưởng Ban Chỉ đạo xã", Minutes = "Nội dung thảo luận nội bộ.",
            };
            db.Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });
        using var anyone = app.CreateClient();
        var text = await anyone.GetStringAsync($"/p/{RoMen}/committee-meetings.ics");
        Assert.DoesNotContain("Nội dung thảo luận nội bộ", text);
        Assert.Contains("TZID:Asia/Ho_Chi_Minh", text);
        var meeting = ICalendar.Load(text)!.Events.Single();
        Assert.Equal(new DateOnly(2026, 11, 20), meeting.DtStart!.Date);
        Assert.Equal("Hội trường UBND xã Rô Men", meeting.Location);
        Assert.Equal("Họp Ban Chỉ đạo Xã Rô Men", meeting.Summary);
        Assert.Equal($"committee-meeting-{meetingId}@{RoMen}.grassroots", meeting.Uid);
        await app.DbAsync(async db =>
        {
            var m = await db.Set<CommitteeMeeting>().SingleAsync(x => x.Id == meetingId);
            m.Place = "Nhà văn hóa thôn Đạ Nhinh";
            return await db.SaveChangesAsync();
        });
        var edited = ICalendar.Load(await anyone.GetStringAsync($"/p/{RoMen}/committee-meetings.ics"))!.Events.Single();
        Assert.Equal(meeting.Uid, edited.Uid);
        Assert.True(edited.Sequence > meeting.Sequence);
        // The old commune of Rô Men ended on 1/7/2025: 410, naming who took it over.
        var ended = await anyone.GetAsync("/p/24901/committee-meetings.ics");
        Assert.Equal(HttpStatusCode.Gone, ended.StatusCode);
        Assert.Contains("Xã Rô Men", (await ended.ProblemAsync()).GetProperty("title").GetString());
    }

    [Theory, Providers]
    public async Task A_units_open_data_is_csv_with_bom_and_json_with_licence_and_schema_and_small_counts_withheld(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var citizen = app.CreateClient();
        // Two letters this year: a count that could point at someone in a small commune, withheld.
        for (var i = 0; i < 2; i++)
        {
            (await citizen.PostAsJsonAsync("/api/v1/public/petitions", new
            {
                unitCode = RoMen, kind = "Recommendation", content = $"Đề nghị sửa đường thôn {i}.", petitionerName = "Người dân",
            })).EnsureSuccessStatusCode();
        }
        var json = await citizen.GetAsync($"/p/{RoMen}/open-data.json?year=2026");
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Contains("creativecommons.org/licenses/by/4.0", json.Headers.GetValues("Link").Single());
        var doc = JsonDocument.Parse(await json.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(1, doc.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("CC BY 4.0", doc.GetProperty("licence").GetProperty("name").GetString());
        Assert.Equal(RoMen, doc.GetProperty("unit").GetProperty("code").GetString());
        Assert.Equal("2026-01-01", doc.GetProperty("from").GetString());
        Assert.Equal(5, doc.GetProperty("suppressionThreshold").GetInt32());
        var figures = doc.GetProperty("figures").EnumerateArray().ToList();
        Assert.Contains(figures, f => f.GetProperty("key").GetString() == "petitions.letters");
        // Every count is 0, at least 5, or withheld (no value, "suppressed": true).
        Assert.All(figures.Where(f => f.GetProperty("measure").GetString() != "%"), f => Assert.True(
            f.GetProperty("suppressed").GetBoolean() ? f.GetProperty("value").ValueKind == JsonValueKind.Null
                : f.GetProperty("value").GetDecimal() is 0 or >= 5, f.ToString()));
        Assert.All(figures, f => Assert.Contains(f.GetProperty("area").GetString(), new[] { "petitions", "reception", "onestop", "participation" }));

        var csv = await citizen.GetAsync($"/p/{RoMen}/open-data.csv?year=2026");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.StartsWith("# CC BY 4.0 https://creativecommons.org/licenses/by/4.0/", lines[0]);
        Assert.Equal(string.Join(',', OpenDataReader.Columns), lines[2]);
        Assert.Equal("unit_code,unit_name,period_from,period_to,indicator_key,area,label_vi,label_en,measure,value,suppressed", lines[2]);
        Assert.Contains(lines, l => l.StartsWith($"{RoMen},Xã Rô Men,2026-01-01,2026-12-31,petitions.letters,petitions,", StringComparison.Ordinal) );

        // Bad input and an ended unit: a year out of range is refused in Vietnamese; the old commune answers 410.
        var badYear = await citizen.GetAsync($"/p/{RoMen}/open-data.json?year=1990");
        Assert.Equal(HttpStatusCode.BadRequest, badYear.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await citizen.GetAsync("/p/24901/open-data.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync("/p/99999999/open-data.json")).StatusCode);
        // Linked from the portal page.
        var portal = await citizen.GetStringAsync($"/p/{RoMen}");
        Assert.Contains($"/p/{RoMen}/open-data.csv", portal);
        Assert.Contains($"/p/{RoMen}/committee-meetings.ics", portal);
    }
}

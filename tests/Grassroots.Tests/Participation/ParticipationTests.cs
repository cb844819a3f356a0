using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Consultations;
using Grassroots.Web.Modules.Decisions;
using Grassroots.Web.Modules.Disclosure;
using Grassroots.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Grassroots.Tests.Participation;

/// <summary>People know, decide and comment — through the API and the portal, with the law's rules and every bad input refused.</summary>
public sealed class ParticipationTests
{
    private const string RoMen = "24971";
    private const string Commune = "68999";

    [Theory, Providers]
    public async Task Disclosures_are_judged_against_the_catalogue_and_rolled_up(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        // A commune of its own, so the demo's disclosures do not mix in.
        using var admin = await app.ApiAsync("admin");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/units", new { code = Commune, name = "Xã Đạ Tẻh Thử", kind = "Commune", parentCode = "68", validFrom = "2025-07-01" })).StatusCode);
        using var api = await app.ApiAsync("qt.lamdong");
        async Task<HttpResponseMessage> Publish(int category, string from, string? to, string forms, int speaker = 0, string title = "Công khai") =>
            await api.PostAsJsonAsync("/api/v1/disclosures", new { unitCode = Commune, categoryId = category, title, body = "Nội dung chi tiết", forms, postedFrom = from, postedTo = to, loudspeakerDays = speaker });

        var before = await app.DbAsync(db => db.Set<Disclosure>().CountAsync());
        // An end before the start: a clear message, nothing saved.
        var backwards = await Publish(2, "2026-10-10", "2026-10-01", "OfficeNoticeBoard");
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains("Ngày kết thúc niêm yết phải sau", (await backwards.ProblemAsync()).GetProperty("errors").GetProperty("postedTo")[0].GetString());
        Assert.Equal(before, await app.DbAsync(db => db.Set<Disclosure>().CountAsync()));

        Assert.Equal(HttpStatusCode.Created, (await Publish(1, "2026-09-01", "2026-10-15", "OfficeNoticeBoard, Portal", title: "<script>alert('x')</script>Kế hoạch 2027")).StatusCode);
        var shortOne = await (await Publish(2, "2026-09-01", "2026-09-10", "OfficeNoticeBoard, Portal", title: "Dự toán ngân sách 2026")).ReadAsync<DisclosureDto>();
        Assert.Equal(ComplianceState.TooShort, shortOne.State);
        Assert.Equal(HttpStatusCode.Created, (await Publish(9, "2026-09-01", "2026-10-15", "OfficeNoticeBoard")).StatusCode); // no loudspeaker

        var c = await (await api.GetAsync($"/api/v1/statistics/disclosure?unit={Commune}&from=2026-08-01&to=2026-11-23")).ReadAsync<ComplianceDto>();
        var cells = c.Units.Single().Cells;
        Assert.Equal(ComplianceState.Compliant, cells.Single(x => x.Number == 1).State);
        Assert.Equal(ComplianceState.TooShort, cells.Single(x => x.Number == 2).State);
        Assert.Equal(10, cells.Single(x => x.Number == 2).PostedDays);
        Assert.Equal(ComplianceState.NoLoudspeaker, cells.Single(x => x.Number == 9).State);
        Assert.Equal(ComplianceState.Missing, cells.Single(x => x.Number == 14).State);

        // The province sees Rô Men among its communes, with the same counts.
        using var province = await app.ApiAsync("ld.lamdong");
        var up = await (await province.GetAsync("/api/v1/statistics/disclosure?unit=68&from=2026-08-01&to=2026-11-23")).ReadAsync<ComplianceDto>();
        var row = up.Units.Single(r => r.UnitCode == Commune);
        Assert.Equal(1, row.TooShort);
        Assert.True(up.TooShort >= 1);

        // The portal shows the title as text, never as a script.
        var portal = app.CreateClient();
        var home = await portal.GetStringAsync($"/p/{Commune}");
        Assert.Contains("Dự toán ngân sách 2026", home);
        Assert.DoesNotContain("<script>alert", home);
        Assert.Contains("&lt;script&gt;", home);
        var page = await portal.GetAsync($"/p/{Commune}/disclosures/{shortOne.Id}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        // The catalogue: only administrators of the nation change it.
        using var officer = await app.ApiAsync("cb.romen");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PutAsJsonAsync("/api/v1/disclosures/categories/2",
            new { number = 2, name = "x", article = "y", audience = "Commune", minimumPostingDays = 5, loudspeakerDays = 0 })).StatusCode);
        var edited = await (await admin.PutAsJsonAsync("/api/v1/disclosures/categories/2",
            new { number = 2, name = "Dự toán, quyết toán ngân sách", article = "Khoản 2 Điều 11", audience = "Commune", minimumPostingDays = 5, loudspeakerDays = 0 })).ReadAsync<DisclosureCategory>();
        Assert.Equal(5, edited.MinimumPostingDays);
        var after = await (await api.GetAsync($"/api/v1/statistics/disclosure?unit={Commune}&from=2026-08-01&to=2026-11-23")).ReadAsync<ComplianceDto>();
        Assert.Equal(ComplianceState.Compliant, after.Units.Single().Cells.Single(x => x.Number == 2).State);
    }

    private static string WordText(byte[] bytes)
    {
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(bytes), false);
        return string.Join("\n", doc.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }

    private static async Task<(string Community, List<HouseholdDto> Households)> CommunityAsync(GrassrootsApp app, string code, int households)
    {
        using var admin = await app.ApiAsync("admin");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/units", new { code, name = "Thôn " + code, kind = "ResidentialCommunity", parentCode = RoMen })).StatusCode);
        using var officer = await app.ApiAsync("cb.romen");
        var list = new List<HouseholdDto>();
        for (var i = 1; i <= households; i++)
        {
            list.Add(await (await officer.PostAsJsonAsync($"/api/v1/decisions/communities/{code}/households",
                new { number = i.ToString("000", System.Globalization.CultureInfo.InvariantCulture), representativeName = "Đại diện hộ " + i })).ReadAsync<HouseholdDto>());
        }
        return (code, list);
    }

    [Theory, Providers]
    public async Task A_decision_mixing_a_meeting_and_online_votes_counts_one_voice_per_household(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        var (village, households) = await CommunityAsync(app, "RM.T1", 5);
        var (_, others) = await CommunityAsync(app, "RM.T2", 1);
        using var api = await app.ApiAsync("cb.romen");

        // Matter (1) may not be voted online.
        var online1 = await api.PostAsJsonAsync("/api/v1/decisions", new
        {
            communityCode = village,
            subject = "PublicWorksContribution",
            question = "Đóng góp làm đường?",
            options = new[] { "Đồng ý", "Không đồng ý" },
            forms = "Meeting, Online",
            onlineAgreed = true,
            opensOn = "2026-11-23",
            closesOn = "2026-11-30"
        });
        Assert.Equal(HttpStatusCode.BadRequest, online1.StatusCode);
        Assert.Contains("chỉ áp dụng với công việc tự quản khác", (await online1.ProblemAsync()).GetProperty("detail").GetString());

        var m = await (await api.PostAsJsonAsync("/api/v1/decisions", new
        {
            communityCode = village,
            subject = "OtherSelfManaged",
            question = "Tổ chức ngày hội đại đoàn kết tại nhà văn hóa thôn?",
            options = new[] { "Đồng ý", "Không đồng ý" },
            forms = "Meeting, Online",
            onlineAgreed = true,
            opensOn = "2026-11-23",
            closesOn = "2026-11-30"
        })).ReadAsync<MatterDto>();
        var agree = m.Options[0].Id;
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"/api/v1/decisions/{m.Id}/meeting", new { heldOn = "2026-11-23", householdsPresent = 2, minutes = "Họp lúc 19 giờ tại nhà văn hóa." })).StatusCode);
        var entered = await api.PostAsJsonAsync($"/api/v1/decisions/{m.Id}/votes", new { form = "Meeting", votes = new[] { new { householdId = households[0].Id, optionId = agree }, new { householdId = households[1].Id, optionId = agree } } });
        Assert.Equal(HttpStatusCode.OK, entered.StatusCode);

        var portal = app.CreateClient();
        Assert.Equal(HttpStatusCode.NoContent, (await portal.PostAsJsonAsync($"/api/v1/public/decisions/{m.Id}/votes", new { householdCode = households[2].VoteCode, optionId = agree })).StatusCode);
        // The same household again, online or at the meeting: refused, nothing changes.
        var twice = await portal.PostAsJsonAsync($"/api/v1/public/decisions/{m.Id}/votes", new { householdCode = households[2].VoteCode, optionId = m.Options[1].Id });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("đã biểu quyết", (await twice.ProblemAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsJsonAsync($"/api/v1/decisions/{m.Id}/votes",
            new { form = "Meeting", votes = new[] { new { householdId = households[0].Id, optionId = agree } } })).StatusCode);
        // A household of another village.
        var stranger = await portal.PostAsJsonAsync($"/api/v1/public/decisions/{m.Id}/votes", new { householdCode = others[0].VoteCode, optionId = agree });
        Assert.Equal(HttpStatusCode.BadRequest, stranger.StatusCode);
        Assert.Contains("không thuộc", (await stranger.ProblemAsync()).GetProperty("detail").GetString());
        Assert.Equal(3, await app.DbAsync(db => db.Set<DecisionVote>().CountAsync(v => v.MatterId == m.Id)));

        // Tallies stay hidden while the vote runs.
        var running = await (await api.GetAsync($"/api/v1/decisions/{m.Id}")).ReadAsync<MatterDto>();
        Assert.Null(running.Result);
        Assert.Equal(3, running.Voted);

        // After the window: no more votes; the verdict with its article.
        app.Clock.Advance(TimeSpan.FromDays(8));
        using var officer = await app.ApiAsync("cb.romen"); // tokens last hours, not days
        var late = await portal.PostAsJsonAsync($"/api/v1/public/decisions/{m.Id}/votes", new { householdCode = households[3].VoteCode, optionId = agree });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("Ngoài thời gian biểu quyết", (await late.ProblemAsync()).GetProperty("detail").GetString());
        var closed = await (await officer.GetAsync($"/api/v1/decisions/{m.Id}")).ReadAsync<MatterDto>();
        Assert.Equal(Verdict.Adopted, closed.Result!.Verdict);
        Assert.Equal(3, closed.Result.Tallies[0].Votes);

        // Recognition is the chairman's.
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync($"/api/v1/decisions/{m.Id}/recognise", new { note = "" })).StatusCode);
        using var head = await app.ApiAsync("ct.romen");
        var recognised = await (await head.PostAsJsonAsync($"/api/v1/decisions/{m.Id}/recognise", new { note = "Đồng ý công nhận" })).ReadAsync<MatterDto>();
        Assert.NotNull(recognised.RecognisedAt);

        // The minutes and ballot count record, in the national format.
        var docx = await officer.GetAsync($"/api/v1/decisions/{m.Id}/record.docx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        var record = WordText(await docx.Content.ReadAsByteArrayAsync());
        Assert.Contains("BIÊN BẢN", record);
        Assert.Contains("Được thông qua", record);
        Assert.Contains("3/5 hộ", record);
        Assert.Contains("Điều 21 Luật 10/2022/QH15", record);

        var html = await portal.GetStringAsync($"/p/{RoMen}/decisions/{m.Id}");
        Assert.Contains("Được thông qua", html);
        Assert.Contains("Điều 21 Luật 10/2022/QH15", html);
    }

    [Theory, Providers]
    public async Task A_meeting_without_half_the_households_is_not_valid_and_a_ballot_follows(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        var (village, households) = await CommunityAsync(app, "RM.T3", 5);
        using var api = await app.ApiAsync("cb.romen");
        var m = await (await api.PostAsJsonAsync("/api/v1/decisions", new
        {
            communityCode = village,
            subject = "PublicWorksContribution",
            question = "Mỗi hộ đóng góp 500.000 đồng bê tông hóa đường thôn?",
            options = new[] { "Đồng ý", "Không đồng ý" },
            forms = "Meeting",
            opensOn = "2026-11-23",
            closesOn = "2026-11-23"
        })).ReadAsync<MatterDto>();
        var agree = m.Options[0].Id;
        // A ballot entered for a meeting-only matter is refused.
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostAsJsonAsync($"/api/v1/decisions/{m.Id}/votes",
            new { form = "HouseholdBallot", votes = new[] { new { householdId = households[0].Id, optionId = agree } } })).StatusCode);
        await api.PostAsJsonAsync($"/api/v1/decisions/{m.Id}/meeting", new { heldOn = "2026-11-23", householdsPresent = 2, minutes = "Chỉ 2 hộ dự họp." });
        await api.PostAsJsonAsync($"/api/v1/decisions/{m.Id}/votes", new { form = "Meeting", votes = new[] { new { householdId = households[0].Id, optionId = agree }, new { householdId = households[1].Id, optionId = agree } } });
        var closed = await (await api.PostAsync($"/api/v1/decisions/{m.Id}/close", null)).ReadAsync<MatterDto>();
        Assert.Equal(Verdict.LackOfParticipation, closed.Result!.Verdict);
        Assert.Equal("Decision.Reason.MeetingLacked", closed.Result.ReasonKey);
        using var head = await app.ApiAsync("ct.romen");
        Assert.Equal(HttpStatusCode.Conflict, (await head.PostAsJsonAsync($"/api/v1/decisions/{m.Id}/recognise", new { })).StatusCode);

        // The household ballot that follows (NĐ61 Điều 10).
        var followed = await (await api.PostAsJsonAsync($"/api/v1/decisions/{m.Id}/follow-up-ballot", new { closesOn = "2026-11-28" })).ReadAsync<MatterDto>();
        Assert.True(followed.IsOpen);
        Assert.True(followed.Forms.HasFlag(DecisionForms.HouseholdBallot));
        await api.PostAsJsonAsync($"/api/v1/decisions/{m.Id}/votes", new { form = "HouseholdBallot", votes = new[] { new { householdNumber = "003", optionId = agree } } });
        // One bad vote (a household not on the roll) refuses the whole sheet.
        var sheet = await api.PostAsJsonAsync($"/api/v1/decisions/{m.Id}/votes", new { form = "HouseholdBallot", votes = new[] { new { householdNumber = "004", optionId = agree }, new { householdNumber = "099", optionId = agree } } });
        Assert.Equal(HttpStatusCode.BadRequest, sheet.StatusCode);
        Assert.Equal(3, await app.DbAsync(db => db.Set<DecisionVote>().CountAsync(v => v.MatterId == m.Id)));
        var final = await (await api.PostAsync($"/api/v1/decisions/{m.Id}/close", null)).ReadAsync<MatterDto>();
        Assert.Equal(Verdict.Adopted, final.Result!.Verdict);
    }

    [Theory, Providers]
    public async Task The_year_end_meeting_is_planned_invited_five_days_ahead_and_minuted(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        var (village, _) = await CommunityAsync(app, "RM.T9", 4);
        using var api = await app.ApiAsync("cb.romen");
        var planned = await (await api.PostAsJsonAsync($"/api/v1/decisions/communities/{village}/year-end-meetings", new { year = 2026, plannedOn = "2026-11-26", place = "Nhà văn hóa thôn" }))
            .ReadAsync<YearEndMeetingDto>();
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsJsonAsync($"/api/v1/decisions/communities/{village}/year-end-meetings", new { year = 2026, plannedOn = "2026-12-26", place = "X" })).StatusCode);
        // Invitations dated in the future are refused; three days ahead is sent, but flagged as late.
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostAsJsonAsync($"/api/v1/decisions/year-end-meetings/{planned.Id}/invitations", new { sentOn = "2026-11-24" })).StatusCode);
        var invited = await (await api.PostAsJsonAsync($"/api/v1/decisions/year-end-meetings/{planned.Id}/invitations", new { sentOn = "2026-11-23" })).ReadAsync<YearEndMeetingDto>();
        Assert.False(invited.InvitedInTime);
        Assert.True(YearEndMeeting.InvitedInTime(new DateOnly(2026, 12, 15), new DateOnly(2026, 12, 20)));
        app.Clock.Advance(TimeSpan.FromDays(3));
        using var officer = await app.ApiAsync("cb.romen");
        var held = await (await officer.PostAsJsonAsync($"/api/v1/decisions/year-end-meetings/{planned.Id}/held", new { heldOn = "2026-11-26", householdsPresent = 3, minutes = "Tổng kết năm 2026." }))
            .ReadAsync<YearEndMeetingDto>();
        Assert.Equal(3, held.HouseholdsPresent);
        Assert.Equal(4, held.Households);
    }

    [Theory, Providers]
    public async Task Comments_are_acknowledged_once_stored_and_the_summary_goes_public(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var api = await app.ApiAsync("cb.romen");
        var c = await (await api.PostAsJsonAsync("/api/v1/consultations", new
        {
            unitCode = RoMen,
            subject = "LandUsePlan",
            title = "Dự thảo kế hoạch sử dụng đất năm 2027",
            body = "Toàn văn dự thảo đính kèm tại trụ sở UBND xã.",
            opensOn = "2026-11-20",
            closesOn = "2026-12-05",
            commenters = "Anyone"
        })).ReadAsync<ConsultationDto>();
        var portal = app.CreateClient();
        var ok = await portal.PostAsJsonAsync($"/api/v1/public/consultations/{c.Id}/comments", new { text = "Đề nghị giữ đất trồng lúa ở cánh đồng thôn 2.\n<script>alert(1)</script>" });
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        var id = (await ok.ReadAsync<CommentAccepted>()).Id;
        Assert.True(await app.DbAsync(db => db.Set<ConsultationComment>().AnyAsync(x => x.Id == id)));

        var tooLong = await portal.PostAsJsonAsync($"/api/v1/public/consultations/{c.Id}/comments", new { text = new string('ý', ConsultationComment.MaxLength + 1) });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("quá dài", (await tooLong.ProblemAsync()).GetProperty("errors").GetProperty("text")[0].GetString());
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync($"/api/v1/consultations/{c.Id}/comments", new { text = "Ý kiến tại hội nghị thôn 3", channel = "Meeting", authorName = "Ông Kră Jăn Ha" })).StatusCode);
        Assert.Equal(2, await app.DbAsync(db => db.Set<Consultation>().Where(x => x.Id == c.Id).Select(x => x.CommentCount).FirstAsync()));

        var page = await portal.GetStringAsync($"/p/{RoMen}/consultations/{c.Id}");
        Assert.Contains("Ý kiến đã nhận (2)", page);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page);
        Assert.DoesNotContain("<script>alert(1)", page);
        Assert.DoesNotContain("Kră Jăn Ha", page); // who commented stays off the portal

        await api.PostAsJsonAsync($"/api/v1/consultations/{c.Id}/groups", new { title = "Giữ đất trồng lúa", comments = 1, answer = "Accepted", response = "Điều chỉnh phương án, giữ 12 ha đất lúa." });
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsJsonAsync($"/api/v1/consultations/{c.Id}/summary", new { intro = "Tổng hợp" })).StatusCode);
        app.Clock.Advance(TimeSpan.FromDays(13));
        using var officer = await app.ApiAsync("cb.romen");
        var closed = await portal.PostAsJsonAsync($"/api/v1/public/consultations/{c.Id}/comments", new { text = "Muộn" });
        Assert.Equal(HttpStatusCode.Conflict, closed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"/api/v1/consultations/{c.Id}/summary", new { intro = "UBND xã đã nhận 2 ý kiến." })).StatusCode);
        var published = await portal.GetStringAsync($"/p/{RoMen}/consultations/{c.Id}");
        Assert.Contains("Điều chỉnh phương án, giữ 12 ha đất lúa.", published);
        Assert.Contains("Tiếp thu", published);
        var summary = WordText(await (await officer.GetAsync($"/api/v1/consultations/{c.Id}/summary.docx")).Content.ReadAsByteArrayAsync());
        Assert.Contains("Giữ đất trồng lúa", summary);
        Assert.Contains("Tổng số ý kiến nhận được: 2 ý kiến", summary);

        // Household representatives only: a code from the unit is needed.
        var households = await officer.PostAsJsonAsync("/api/v1/consultations", new
        {
            unitCode = RoMen,
            subject = "DemocracyRegulation",
            title = "Quy chế dân chủ",
            body = "Dự thảo",
            opensOn = "2026-12-06",
            closesOn = "2026-12-20",
            commenters = "HouseholdRepresentatives"
        });
        var h = await households.ReadAsync<ConsultationDto>();
        var noCode = await portal.PostAsJsonAsync($"/api/v1/public/consultations/{h.Id}/comments", new { text = "Ý kiến" });
        Assert.Equal(HttpStatusCode.BadRequest, noCode.StatusCode);
        Assert.Contains("mã hộ", (await noCode.ProblemAsync()).GetProperty("detail").GetString());
    }
}

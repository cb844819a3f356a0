using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Decisions;

namespace Grassroots.Tests.Decisions;

/// <summary>Households decide — through the API and the portal, with the law's rules and every bad input refused.</summary>
public sealed class DecisionTests
{
    private const string RoMen = "24971";

    private static string WordText(byte[] bytes)
    {
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(bytes), false);
        return string.Join("\n", doc.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }

    [Theory, Providers]
    public async Task A_decision_mixing_a_meeting_and_online_votes_counts_one_voice_per_household(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        var (village, households) = await TestVillages.CreateAsync(app, "RM.T1", 5);
        var (_, others) = await TestVillages.CreateAsync(app, "RM.T2", 1);
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
            householdsChoosingOnline = 3,
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

        // The village's own matter (6) takes effect on adoption: nothing for the commune to recognise (docs/legal.md L10-21-2).
        Assert.Equal(RecognitionBody.None, closed.Recognition);
        using var head = await app.ApiAsync("ct.romen");
        var recognise = await head.PostAsJsonAsync($"/api/v1/decisions/{m.Id}/recognise", new { note = "Đồng ý công nhận" });
        Assert.Equal(HttpStatusCode.Conflict, recognise.StatusCode);
        Assert.Contains("có hiệu lực khi được các hộ gia đình thông qua", (await recognise.ProblemAsync()).GetProperty("detail").GetString());

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
        var (village, households) = await TestVillages.CreateAsync(app, "RM.T3", 5);
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
        Assert.Equal("Decision.Reason.MeetingLacked.TwoThirds", closed.Result.ReasonKey);
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
        // A contribution needs two thirds of all households (docs/legal.md L10-21-1-TWO-THIRDS): 3 of 5 would not do, 4 of 5 does.
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"/api/v1/decisions/{m.Id}/votes", new { form = "HouseholdBallot", votes = new[] { new { householdNumber = "004", optionId = agree } } })).StatusCode);
        var final = await (await api.PostAsync($"/api/v1/decisions/{m.Id}/close", null)).ReadAsync<MatterDto>();
        Assert.Equal(Verdict.Adopted, final.Result!.Verdict);
        Assert.Equal("Decision.Reason.Adopted.TwoThirds", final.Result.ReasonKey);
    }

    [Theory, Providers]
    public async Task The_year_end_meeting_is_planned_invited_five_days_ahead_and_minuted(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        var (village, _) = await TestVillages.CreateAsync(app, "RM.T9", 4);
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

}

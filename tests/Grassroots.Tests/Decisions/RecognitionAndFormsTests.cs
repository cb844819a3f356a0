using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Decisions;

namespace Grassroots.Tests.Decisions;

/// <summary>
/// The forms and the recognition of community decisions, as the law issue reads the texts (docs/legal.md L10-21-2,
/// ND59-3-NOTICE, ND59-5-ONLINE, L10-17-2-FORMS; the gazette text of these articles was not seen, so their rows are unverified):
/// matters 3–5 of L10 Điều 15 are decided at a meeting, a ballot only when the meeting fails its quorum (Điều 17 khoản 2,
/// Điều 19); an online vote needs more than half of the households to choose it (NĐ59 Điều 5); matters 3–4 are recognised
/// by the commune People's Committee, matter 5 by the commune Front, the village's own matters take effect on adoption,
/// at the latest 5 working days (Điều 21 khoản 2); the households are told of a meeting at least 2 days ahead (NĐ59 Điều 3).
/// </summary>
public sealed class RecognitionAndFormsTests
{
    private static object Matter(string village, string subject, string forms, bool chairman = false, int? choosingOnline = null) => new
    {
        communityCode = village,
        subject,
        question = "Bầu Trưởng thôn nhiệm kỳ 2026–2028",
        options = new[] { "Ông Ka Sô", "Ông Cil Ha" },
        forms,
        ballotChosenByChairman = chairman,
        onlineAgreed = forms.Contains("Online", StringComparison.Ordinal),
        householdsChoosingOnline = choosingOnline,
        opensOn = "2026-11-23",
        closesOn = "2026-11-30",
    };

    [Theory, Providers]
    public async Task A_ballot_by_the_chairmans_choice_is_for_contributions_and_an_online_vote_needs_more_than_half_choosing_it(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        var (village, _) = await TestVillages.CreateAsync(app, "RM.F1", 5);
        using var officer = await app.ApiAsync("cb.romen");

        // A village head is elected at a meeting: the chairman may not choose a ballot instead (L10 Điều 17 khoản 2, Điều 19).
        var headBallot = await officer.PostAsJsonAsync("/api/v1/decisions", Matter(village, "VillageHead", "HouseholdBallot", chairman: true));
        Assert.Equal(HttpStatusCode.BadRequest, headBallot.StatusCode);
        Assert.Equal(0, await app.DbAsync(db => db.Set<DecisionMatter>().CountAsync(m => m.Community!.Code == village)));
        // A contribution to public works may be put to a ballot when the chairman chose it.
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync("/api/v1/decisions", Matter(village, "PublicWorksContribution", "HouseholdBallot", chairman: true))).StatusCode);

        // Online: 2 of 5 households chose it — not more than half; 3 of 5 — more than half.
        var two = await officer.PostAsJsonAsync("/api/v1/decisions", Matter(village, "OtherSelfManaged", "Meeting, Online", choosingOnline: 2));
        Assert.Equal(HttpStatusCode.BadRequest, two.StatusCode);
        Assert.Contains("cần quá nửa số hộ gia đình lựa chọn: mới có 2/5 hộ, cần ít nhất 3 hộ", (await two.ProblemAsync()).GetProperty("detail").GetString());
        var none = await officer.PostAsJsonAsync("/api/v1/decisions", Matter(village, "OtherSelfManaged", "Meeting, Online"));
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        var three = await (await officer.PostAsJsonAsync("/api/v1/decisions", Matter(village, "OtherSelfManaged", "Meeting, Online", choosingOnline: 3))).ReadAsync<MatterDto>();
        Assert.Equal(3, three.HouseholdsChoosingOnline);
        Assert.Equal(2, await app.DbAsync(db => db.Set<DecisionMatter>().CountAsync(m => m.Community!.Code == village)));
    }

    [Theory, Providers]
    public async Task The_chairman_recognises_a_village_head_within_5_working_days_and_a_late_meeting_notice_is_flagged(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        var (village, households) = await TestVillages.CreateAsync(app, "RM.F2", 5);
        using var officer = await app.ApiAsync("cb.romen");
        var m = await (await officer.PostAsJsonAsync("/api/v1/decisions", Matter(village, "VillageHead", "Meeting"))).ReadAsync<MatterDto>();
        Assert.Equal(RecognitionBody.CommuneChairman, m.Recognition);

        // A notice after the meeting is no notice.
        var after = await officer.PostAsJsonAsync($"/api/v1/decisions/{m.Id}/meeting", new { heldOn = "2026-11-23", noticeGivenOn = "2026-11-24", householdsPresent = 5, minutes = "Họp thôn." });
        Assert.Equal(HttpStatusCode.BadRequest, after.StatusCode);
        // Told on Sat 21/11 of a meeting on Mon 23/11: the two days are 22 and 23/11, so the meeting could be held from 24/11.
        (await officer.PostAsJsonAsync($"/api/v1/decisions/{m.Id}/meeting", new { heldOn = "2026-11-23", noticeGivenOn = "2026-11-21", householdsPresent = 5, minutes = "Họp thôn." }))
            .EnsureSuccessStatusCode();
        var met = await (await officer.GetAsync($"/api/v1/decisions/{m.Id}")).ReadAsync<MatterDto>();
        Assert.True(met.Notice!.IsLate);
        Assert.Equal(new DateOnly(2026, 11, 24), met.Notice.DueOn);
        Assert.Contains("Thông báo ít nhất 2 ngày trước ngày họp, kể từ ngày thông báo họp 21/11/2026 theo Điều 3 Nghị định 59/2023/NĐ-CP: họp từ ngày 24/11/2026", met.Notice.Explanation);

        var first = m.Options[0].Id;
        (await officer.PostAsJsonAsync($"/api/v1/decisions/{m.Id}/votes",
            new { form = "Meeting", votes = households.Take(3).Select(h => new { householdId = h.Id, optionId = first }).ToArray() })).EnsureSuccessStatusCode();
        (await officer.PostAsync($"/api/v1/decisions/{m.Id}/close", null)).EnsureSuccessStatusCode();

        // Closed Mon 23/11/2026: recognition due 5 working days later, Mon 30/11/2026.
        var closed = await (await officer.GetAsync($"/api/v1/decisions/{m.Id}")).ReadAsync<MatterDto>();
        Assert.Equal(Verdict.Adopted, closed.Result!.Verdict);
        Assert.Equal(new DateOnly(2026, 11, 30), closed.RecognitionDue!.DueOn);
        Assert.False(closed.RecognitionDue.IsLate);
        Assert.Contains("5 ngày làm việc kể từ ngày kết thúc biểu quyết 23/11/2026 theo Điều 21 khoản 2 Luật 10/2022/QH15", closed.RecognitionDue.Explanation);
        // The officer may not recognise a village head: the chairman does.
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync($"/api/v1/decisions/{m.Id}/recognise", new { note = "" })).StatusCode);

        // A week later it is overdue, and the page says so.
        app.Clock.Advance(TimeSpan.FromDays(8));
        using var head = await app.ApiAsync("ct.romen");
        Assert.True((await (await head.GetAsync($"/api/v1/decisions/{m.Id}")).ReadAsync<MatterDto>()).RecognitionDue!.IsLate);
        using var page = await PageClient.SignInAsync(app, "ct.romen");
        var html = WebUtility.HtmlDecode(await page.Client.GetStringAsync($"/decisions/{m.Id}"));
        Assert.Contains("Quá hạn công nhận: 5 ngày làm việc", html);
        Assert.Contains("Thông báo họp chưa đủ thời hạn", html);

        var recognised = await (await head.PostAsJsonAsync($"/api/v1/decisions/{m.Id}/recognise", new { note = "", reference = "Quyết định số 245/QĐ-UBND ngày 1/12/2026" })).ReadAsync<MatterDto>();
        Assert.NotNull(recognised.RecognisedAt);
        Assert.Equal("Quyết định số 245/QĐ-UBND ngày 1/12/2026", recognised.RecognitionReference);
        Assert.True(recognised.RecognitionDue!.IsLate);
    }

    [Theory, Providers]
    public async Task An_officer_records_the_Fronts_recognition_of_the_boards_with_its_document(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        var (village, households) = await TestVillages.CreateAsync(app, "RM.F3", 5);
        using var officer = await app.ApiAsync("cb.romen");
        var m = await (await officer.PostAsJsonAsync("/api/v1/decisions", Matter(village, "Boards", "Meeting"))).ReadAsync<MatterDto>();
        (await officer.PostAsJsonAsync($"/api/v1/decisions/{m.Id}/meeting", new { heldOn = "2026-11-23", noticeGivenOn = "2026-11-20", householdsPresent = 5, minutes = "Họp thôn." }))
            .EnsureSuccessStatusCode();
        (await officer.PostAsJsonAsync($"/api/v1/decisions/{m.Id}/votes",
            new { form = "Meeting", votes = households.Take(3).Select(h => new { householdId = h.Id, optionId = m.Options[0].Id }).ToArray() })).EnsureSuccessStatusCode();
        (await officer.PostAsync($"/api/v1/decisions/{m.Id}/close", null)).EnsureSuccessStatusCode();
        var closed = await (await officer.GetAsync($"/api/v1/decisions/{m.Id}")).ReadAsync<MatterDto>();
        Assert.Equal(RecognitionBody.CommuneFront, closed.Recognition);
        Assert.False(closed.Notice!.IsLate); // told on Fri 20/11, two days passed by Sun 22/11: in time for Mon 23/11

        // Without the Front's document: refused, nothing recorded.
        var bare = await officer.PostAsJsonAsync($"/api/v1/decisions/{m.Id}/recognise", new { note = "" });
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Contains("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã", (await bare.ProblemAsync()).GetProperty("detail").GetString());
        Assert.Null((await (await officer.GetAsync($"/api/v1/decisions/{m.Id}")).ReadAsync<MatterDto>()).RecognisedAt);

        var recorded = await (await officer.PostAsJsonAsync($"/api/v1/decisions/{m.Id}/recognise",
            new { note = "", reference = "Quyết định số 08/QĐ-MTTQ-BTT ngày 25/11/2026" })).ReadAsync<MatterDto>();
        Assert.NotNull(recorded.RecognisedAt);
        Assert.False(recorded.RecognitionDue!.IsLate);
        using var page = await PageClient.SignInAsync(app, "cb.romen");
        var html = WebUtility.HtmlDecode(await page.Client.GetStringAsync($"/decisions/{m.Id}"));
        Assert.Contains("Đã được Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã công nhận (Quyết định số 08/QĐ-MTTQ-BTT ngày 25/11/2026)", html);
    }
}

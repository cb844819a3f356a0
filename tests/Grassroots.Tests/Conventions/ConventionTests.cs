using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Decisions;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Conventions;
using Grassroots.Web.Modules.Decisions;
using Grassroots.Web.Platform.Files;

namespace Grassroots.Tests.Conventions;

/// <summary>
/// Village conventions (NĐ61) through the API and the portal: posted at least 30 days, voted under the validity rule,
/// adopted and signed, the file and the commune's decision on the working calendar, amendments as new versions; every
/// refusal a problem in Vietnamese (English with ?lang=en) that changes nothing.
/// </summary>
public sealed class ConventionTests
{
    private const string RoMen = "24971";

    private const string Draft = """
        Chương I. NHỮNG QUY ĐỊNH CHUNG
        Điều 1. Hương ước này quy định việc giữ gìn vệ sinh môi trường và nếp sống văn minh của thôn.
        Chương II. NHỮNG QUY ĐỊNH CỤ THỂ
        Điều 2. Rác thải sinh hoạt được để đúng nơi quy định; không thả rông gia súc trên đường.
        """;

    /// <summary>The households' meeting on the convention's vote: who came, how each voted, then the vote closes.</summary>
    private static async Task MeetAsync(HttpClient officer, Guid matterId, string heldOn, IReadOnlyList<HouseholdDto> households, int approve, int reject)
    {
        var matter = await (await officer.GetAsync($"/api/v1/decisions/{matterId}")).ReadAsync<MatterDto>();
        Assert.Equal(DecisionSubject.VillageConvention, matter.Subject);
        Assert.Equal(DecisionForms.Meeting, matter.Forms);
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"/api/v1/decisions/{matterId}/meeting",
            new { heldOn, householdsPresent = approve + reject, minutes = "Hội nghị do Trưởng thôn chủ trì, biểu quyết bằng giơ tay." })).StatusCode);
        var votes = households.Take(approve).Select(h => new { householdId = h.Id, optionId = matter.Options[0].Id })
            .Concat(households.Skip(approve).Take(reject).Select(h => new { householdId = h.Id, optionId = matter.Options[1].Id })).ToArray();
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"/api/v1/decisions/{matterId}/votes", new { form = "Meeting", votes })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync($"/api/v1/decisions/{matterId}/close", null)).StatusCode);
    }

    private static async Task<string> DetailAsync(HttpResponseMessage response) => (await response.ProblemAsync()).GetProperty("detail").GetString()!;

    private static Task<string> StateAsync(GrassrootsApp app, Guid id) => app.DbAsync(async db =>
        string.Join("|", await db.Set<ConventionVersion>().Where(v => v.ConventionId == id).OrderBy(v => v.Number)
            .Select(v => v.Number + ":" + v.Stage + ":" + v.FileSentOn + ":" + v.DecidedOn + ":" + v.Text.Length).ToListAsync())
        + "|" + await db.Set<DecisionMatter>().CountAsync() + "|" + await db.Set<Web.Modules.Consultations.Consultation>().CountAsync());

    [Theory, Providers]
    public async Task A_convention_goes_from_draft_to_text_in_force_and_its_amendment_replaces_it_across_Tet(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        var (village, households) = await TestVillages.CreateAsync(app, "RM.HU1", 5, "Thôn Hòa");
        var officer = await app.ApiAsync("cb.romen");

        var c = await (await officer.PostAsJsonAsync("/api/v1/conventions", new { communityCode = village, text = Draft })).ReadAsync<ConventionDto>();
        Assert.Equal(ConventionKind.VillageConvention, c.Kind);
        Assert.Equal("Hương ước thôn Hòa RM.HU1", c.Title);
        Assert.Equal(ConventionStage.Drafting, c.InProgress!.Stage);
        var again = await officer.PostAsJsonAsync("/api/v1/conventions", new { communityCode = village, text = Draft });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("đã có hương ước", await DetailAsync(again));

        // Comments for less than 30 days: refused, nothing posted.
        var before = await StateAsync(app, c.Id);
        var shortPosting = await officer.PostAsJsonAsync($"/api/v1/conventions/{c.Id}/versions/1/post", new { postedOn = "2026-11-22", commentsUntil = "2026-12-10" });
        Assert.Equal(HttpStatusCode.BadRequest, shortPosting.StatusCode);
        Assert.Contains("ít nhất đến ngày 22/12/2026", await DetailAsync(shortPosting));
        Assert.Equal(before, await StateAsync(app, c.Id));

        c = await (await officer.PostAsJsonAsync($"/api/v1/conventions/{c.Id}/versions/1/post", new { postedOn = "2026-11-22", commentsUntil = "2026-12-22" })).ReadAsync<ConventionDto>();
        var posted = c.InProgress!;
        Assert.Equal(ConventionStage.Commenting, posted.Stage);
        Assert.Equal(new DateOnly(2026, 12, 23), posted.Posting!.DueOn);
        // "Thời hạn bắt đầu từ ngày tiếp theo của ngày xảy ra sự kiện" (Bộ luật Dân sự 2015, Điều 147): the thirty days of a
        // draft posted on Sunday 22/11 are 23/11–22/12, and the vote may be held once they have passed.
        Assert.Equal("Niêm yết ít nhất 30 ngày kể từ ngày niêm yết 22/11/2026 theo Điều 9 Nghị định 61/2023/NĐ-CP: biểu quyết từ ngày 23/12/2026", posted.Posting.Explanation);

        // Residents comment on the portal through the consultation; the portal lists the draft open for comments.
        var portal = app.CreateClient();
        Assert.Equal(HttpStatusCode.Created, (await portal.PostAsJsonAsync($"/api/v1/public/consultations/{posted.Comments!.ConsultationId}/comments",
            new { text = "Đề nghị thêm quy định giờ đổ rác.", authorName = "Nguyễn Văn Ba", authorAddress = "Thôn Hòa" })).StatusCode);
        var home = await portal.GetStringAsync($"/p/{RoMen}");
        Assert.Contains("Hương ước thôn Hòa RM.HU1", home);
        Assert.Contains("dự thảo lần 1 đang lấy ý kiến đến 22/12/2026", home);

        // A vote on the thirtieth day of the posting: refused in Vietnamese, or English on request; nothing changes.
        before = await StateAsync(app, c.Id);
        var early = await officer.PostAsJsonAsync($"/api/v1/conventions/{c.Id}/versions/1/vote", new { opensOn = "2026-12-22", closesOn = "2026-12-22" });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("Dự thảo niêm yết từ ngày 22/11/2026: chỉ được biểu quyết từ ngày 23/12/2026, khi đã niêm yết đủ 30 ngày (Điều 9 Nghị định 61/2023/NĐ-CP).", await DetailAsync(early));
        var earlyEn = await officer.PostAsJsonAsync($"/api/v1/conventions/{c.Id}/versions/1/vote?lang=en", new { opensOn = "2026-12-22", closesOn = "2026-12-22" });
        Assert.Contains("it may be voted from 23/12/2026", await DetailAsync(earlyEn));
        Assert.Equal(before, await StateAsync(app, c.Id));

        c = await (await officer.PostAsJsonAsync($"/api/v1/conventions/{c.Id}/versions/1/vote", new { opensOn = "2026-12-23", closesOn = "2026-12-23" })).ReadAsync<ConventionDto>();
        var matterId = c.InProgress!.Vote!.MatterId;
        var notYet = await officer.PostAsJsonAsync($"/api/v1/conventions/{c.Id}/versions/1/adopt",
            new { villageHead = "Trần Văn Thôn", frontHead = "Lê Thị Mặt", signerHouseholdIds = new[] { households[0].Id, households[1].Id } });
        Assert.Equal(HttpStatusCode.Conflict, notYet.StatusCode);

        // The meeting, 30 days later: 4 of 5 households present, 3 approve.
        app.Clock.Advance(TimeSpan.FromDays(30));
        officer = await app.ApiAsync("cb.romen");
        await MeetAsync(officer, matterId, "2026-12-23", households, approve: 3, reject: 1);
        var oneSigner = await officer.PostAsJsonAsync($"/api/v1/conventions/{c.Id}/versions/1/adopt",
            new { villageHead = "Trần Văn Thôn", frontHead = "Lê Thị Mặt", signerHouseholdIds = new[] { households[0].Id } });
        Assert.Equal(HttpStatusCode.BadRequest, oneSigner.StatusCode);
        var stranger = await officer.PostAsJsonAsync($"/api/v1/conventions/{c.Id}/versions/1/adopt",
            new { villageHead = "Trần Văn Thôn", frontHead = "Lê Thị Mặt", signerHouseholdIds = new[] { households[0].Id, Guid.NewGuid() } });
        Assert.Equal(HttpStatusCode.BadRequest, stranger.StatusCode);
        c = await (await officer.PostAsJsonAsync($"/api/v1/conventions/{c.Id}/versions/1/adopt",
            new { villageHead = "Trần Văn Thôn", frontHead = "Lê Thị Mặt", signerHouseholdIds = new[] { households[2].Id, households[3].Id } })).ReadAsync<ConventionDto>();
        var adopted = c.InProgress!;
        Assert.Equal(ConventionStage.Adopted, adopted.Stage);
        Assert.Equal(new DateOnly(2026, 12, 23), adopted.AdoptedOn);
        Assert.Equal(3, adopted.VotesInFavour);
        Assert.Equal("Đại diện hộ 3 (hộ số 003)", adopted.FirstSigner);
        // 5 working days from Wednesday 23/12/2026: 24, 25, 28, 29, 30.
        Assert.Equal(new DateOnly(2026, 12, 30), adopted.SendFile!.DueOn);
        Assert.Equal("5 ngày làm việc kể từ ngày thông qua 23/12/2026 theo Điều 11 Nghị định 61/2023/NĐ-CP → 30/12/2026", adopted.SendFile.Explanation);

        // Recognition before the file was sent, or by an officer who is not the chairman: refused.
        using var head = await app.ApiAsync("ct.romen");
        before = await StateAsync(app, c.Id);
        var tooSoon = await head.PostAsJsonAsync($"/api/v1/conventions/{c.Id}/versions/1/recognise", new { decidedOn = "2026-12-23", decisionNumber = "5/QĐ-UBND" });
        Assert.Equal(HttpStatusCode.Conflict, tooSoon.StatusCode);
        Assert.Contains("Chưa gửi hồ sơ đề nghị công nhận", await DetailAsync(tooSoon));
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync($"/api/v1/conventions/{c.Id}/versions/1/recognise",
            new { decidedOn = "2026-12-23", decisionNumber = "5/QĐ-UBND" })).StatusCode);
        Assert.Equal(before, await StateAsync(app, c.Id));

        // The file goes on Thursday 31/12, a day late, without the adopted text: the commune's limit does not start.
        app.Clock.Advance(TimeSpan.FromDays(8));
        officer = await app.ApiAsync("cb.romen");
        using var head2 = await app.ApiAsync("ct.romen");
        c = await (await officer.PostAsJsonAsync($"/api/v1/conventions/{c.Id}/versions/1/file", new { sentOn = "2026-12-31", documents = "RequestLetter, VoteRecord" })).ReadAsync<ConventionDto>();
        Assert.True(c.InProgress!.SendFile!.IsLate);
        Assert.Null(c.InProgress.Recognition);
        Assert.Equal(FileDocuments.AdoptedText, c.InProgress.MissingDocuments);
        var incomplete = await head2.PostAsJsonAsync($"/api/v1/conventions/{c.Id}/versions/1/recognise", new { decidedOn = "2026-12-31", decisionNumber = "5/QĐ-UBND" });
        Assert.Equal(HttpStatusCode.Conflict, incomplete.StatusCode);
        Assert.Contains("Hồ sơ chưa đủ (thiếu: Hương ước, quy ước đã được thông qua, đủ chữ ký)", await DetailAsync(incomplete));

        // Complete on Monday 4/1/2027 (1/1 is a holiday): the commune has until 11/1; it recognises on the same day.
        app.Clock.Advance(TimeSpan.FromDays(4));
        officer = await app.ApiAsync("cb.romen");
        using var head3 = await app.ApiAsync("ct.romen");
        c = await (await officer.PostAsJsonAsync($"/api/v1/conventions/{c.Id}/versions/1/file-complete", new { completedOn = "2027-01-04", documents = "AdoptedText" })).ReadAsync<ConventionDto>();
        Assert.Equal(new DateOnly(2027, 1, 11), c.InProgress!.Recognition!.DueOn);
        c = await (await head3.PostAsJsonAsync($"/api/v1/conventions/{c.Id}/versions/1/recognise", new { decidedOn = "2027-01-04", decisionNumber = "5/QĐ-UBND" })).ReadAsync<ConventionDto>();
        Assert.Null(c.InProgress);
        Assert.Equal(1, c.InForce!.Number);
        Assert.Equal(new DateOnly(2027, 1, 4), c.InForce.DecidedOn);
        Assert.False(c.InForce.Recognition!.IsLate);
        Assert.NotNull(await app.DbAsync(db => db.Set<DecisionMatter>().Where(m => m.Id == matterId).Select(m => m.RecognisedAt).FirstAsync()));

        var text = await head3.GetAsync($"/api/v1/conventions/{c.Id}/text.docx");
        Assert.Equal(FileKind.Docx.ContentType, text.Content.Headers.ContentType?.MediaType);
        var word = WordText(await text.Content.ReadAsByteArrayAsync());
        Assert.Contains("HƯƠNG ƯỚC", word);
        Assert.Contains("Được công nhận theo Quyết định số 5/QĐ-UBND ngày 4/1/2027", word);
        Assert.Contains("Điều 2. Rác thải sinh hoạt được để đúng nơi quy định", word);
        Assert.Contains("3/5 hộ gia đình tán thành", word);
        Assert.Contains("Lê Thị Mặt", word);

        // The amendment: it must say what it changes; one version at a time.
        var noSummary = await officer.PostAsJsonAsync($"/api/v1/conventions/{c.Id}/versions", new { text = Draft + "\nĐiều 3. Không đốt rơm rạ gần khu dân cư." });
        Assert.Equal(HttpStatusCode.BadRequest, noSummary.StatusCode);
        Assert.Contains("phải nêu nội dung sửa đổi", await DetailAsync(noSummary));
        c = await (await officer.PostAsJsonAsync($"/api/v1/conventions/{c.Id}/versions",
            new { text = Draft + "\nĐiều 3. Không đốt rơm rạ gần khu dân cư.", amendmentSummary = "Bổ sung Điều 3 về đốt rơm rạ." })).ReadAsync<ConventionDto>();
        Assert.Equal(2, c.InProgress!.Number);
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync($"/api/v1/conventions/{c.Id}/versions", new { text = "x", amendmentSummary = "y" })).StatusCode);
        await officer.PostAsJsonAsync($"/api/v1/conventions/{c.Id}/versions/2/post", new { postedOn = "2027-01-03", commentsUntil = "2027-02-02" });
        await officer.PostAsJsonAsync($"/api/v1/conventions/{c.Id}/versions/2/vote", new { opensOn = "2027-02-03", closesOn = "2027-02-03" });
        c = await (await officer.GetAsync($"/api/v1/conventions/{c.Id}")).ReadAsync<ConventionDto>();

        // Adopted on Wednesday 3/2/2027, two days before Tết: the 5 working days run past the holidays.
        app.Clock.Advance(TimeSpan.FromDays(30));
        officer = await app.ApiAsync("cb.romen");
        await MeetAsync(officer, c.InProgress!.Vote!.MatterId, "2027-02-03", households, approve: 4, reject: 0);
        c = await (await officer.PostAsJsonAsync($"/api/v1/conventions/{c.Id}/versions/2/adopt",
            new { villageHead = "Trần Văn Thôn", frontHead = "Lê Thị Mặt", signerHouseholdIds = new[] { households[0].Id, households[4].Id } })).ReadAsync<ConventionDto>();
        var due = c.InProgress!.SendFile!.DueOn;
        var calendar = await (await officer.GetAsync("/api/v1/calendar/add-working-days?from=2027-02-03&days=5")).Content.ReadAsStringAsync();
        Assert.Contains(due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), calendar);
        Assert.True(due > new DateOnly(2027, 2, 12), $"the Tết holidays count no working day: {due}");

        app.Clock.Advance(TimeSpan.FromDays(9)); // Friday 12/2/2027
        officer = await app.ApiAsync("cb.romen");
        using var head4 = await app.ApiAsync("ct.romen");
        await officer.PostAsJsonAsync($"/api/v1/conventions/{c.Id}/versions/2/file", new { sentOn = "2027-02-12", documents = "RequestLetter, VoteRecord, AdoptedText" });
        c = await (await head4.PostAsJsonAsync($"/api/v1/conventions/{c.Id}/versions/2/recognise", new { decidedOn = "2027-02-12", decisionNumber = "21/QĐ-UBND" })).ReadAsync<ConventionDto>();
        Assert.Equal(2, c.InForce!.Number);
        Assert.Contains("Điều 3. Không đốt rơm rạ", c.InForce.Text);
        Assert.False(c.InForce.SendFile!.IsLate);
        var first = c.Versions.Single(v => v.Number == 1);
        Assert.Equal(ConventionStage.Superseded, first.Stage);
        Assert.Equal(new DateOnly(2027, 2, 12), first.SupersededOn);

        // The portal: the amendment in force, its history.
        var page = await portal.GetStringAsync($"/p/{RoMen}/conventions/{c.Id}");
        Assert.Contains("Lần 2, có hiệu lực từ 12/2/2027 theo Quyết định công nhận số 21/QĐ-UBND.", page);
        Assert.Contains("Bổ sung Điều 3 về đốt rơm rạ.", page);
        Assert.Contains("Hết hiệu lực (đã được sửa đổi)", page);
        var list = await (await portal.GetAsync($"/api/v1/public/conventions/{RoMen}")).ReadAsync<List<ConventionDto>>();
        Assert.Contains(list, x => x.Id == c.Id && x.InForce!.Number == 2);
    }

    [Theory, Providers]
    public async Task A_draft_the_households_did_not_approve_cannot_be_adopted_and_the_commune_may_refuse_with_its_reason(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        var (village, households) = await TestVillages.CreateAsync(app, "RM.HU2", 5, "Thôn Hòa");
        var officer = await app.ApiAsync("cb.romen");
        var c = await (await officer.PostAsJsonAsync("/api/v1/conventions", new { communityCode = village, text = Draft })).ReadAsync<ConventionDto>();
        // Posted on paper six weeks ago: recorded after the fact, the vote may be held today.
        await officer.PostAsJsonAsync($"/api/v1/conventions/{c.Id}/versions/1/post", new { postedOn = "2026-10-12", commentsUntil = "2026-11-12" });
        c = await (await officer.PostAsJsonAsync($"/api/v1/conventions/{c.Id}/versions/1/vote", new { opensOn = "2026-11-23", closesOn = "2026-11-23" })).ReadAsync<ConventionDto>();

        // Two of five approve at a meeting of four: not more than half of all households.
        await MeetAsync(officer, c.InProgress!.Vote!.MatterId, "2026-11-23", households, approve: 2, reject: 2);
        var before = await StateAsync(app, c.Id);
        var refused = await officer.PostAsJsonAsync($"/api/v1/conventions/{c.Id}/versions/1/adopt",
            new { villageHead = "Trần Văn Thôn", frontHead = "Lê Thị Mặt", signerHouseholdIds = new[] { households[0].Id, households[1].Id } });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("Dự thảo chưa được thông qua: 2/5 hộ gia đình tán thành, phải quá 50% tổng số hộ (Điều 10 Nghị định 61/2023/NĐ-CP; Điều 21 Luật 10/2022/QH15).",
            await DetailAsync(refused));
        var refusedEn = await officer.PostAsJsonAsync($"/api/v1/conventions/{c.Id}/versions/1/adopt?lang=en",
            new { villageHead = "Trần Văn Thôn", frontHead = "Lê Thị Mặt", signerHouseholdIds = new[] { households[0].Id, households[1].Id } });
        Assert.StartsWith("The draft was not adopted: 2/5 households in favour", await DetailAsync(refusedEn));
        Assert.Equal(before, await StateAsync(app, c.Id));
        var view = await (await officer.GetAsync($"/api/v1/conventions/{c.Id}")).ReadAsync<ConventionDto>();
        Assert.False(view.InProgress!.Vote!.Approved);

        // The version is dropped; a new draft takes the same path, and the commune refuses it with a reason.
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"/api/v1/conventions/{c.Id}/versions/1/abandon", new { reason = "Không được quá 50% số hộ tán thành." })).StatusCode);
        c = await (await officer.PostAsJsonAsync($"/api/v1/conventions/{c.Id}/versions", new { text = Draft + "\nĐiều 3. Mỗi hộ nộp 500.000 đồng mỗi tháng cho quỹ thôn." })).ReadAsync<ConventionDto>();
        Assert.Equal(2, c.InProgress!.Number);
        await officer.PostAsJsonAsync($"/api/v1/conventions/{c.Id}/versions/2/post", new { postedOn = "2026-10-20", commentsUntil = "2026-11-20" });
        c = await (await officer.PostAsJsonAsync($"/api/v1/conventions/{c.Id}/versions/2/vote", new { opensOn = "2026-11-23", closesOn = "2026-11-23" })).ReadAsync<ConventionDto>();
        await MeetAsync(officer, c.InProgress!.Vote!.MatterId, "2026-11-23", households.Skip(1).ToList(), approve: 3, reject: 1);
        await officer.PostAsJsonAsync($"/api/v1/conventions/{c.Id}/versions/2/adopt",
            new { villageHead = "Trần Văn Thôn", frontHead = "Lê Thị Mặt", signerHouseholdIds = new[] { households[1].Id, households[2].Id } });
        await officer.PostAsJsonAsync($"/api/v1/conventions/{c.Id}/versions/2/file", new { sentOn = "2026-11-23", documents = "RequestLetter, VoteRecord, AdoptedText" });
        using var head = await app.ApiAsync("ct.romen");
        var noReason = await head.PostAsJsonAsync($"/api/v1/conventions/{c.Id}/versions/2/refuse", new { decidedOn = "2026-11-23" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var future = await head.PostAsJsonAsync($"/api/v1/conventions/{c.Id}/versions/2/refuse", new { decidedOn = "2026-11-30", reason = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        c = await (await head.PostAsJsonAsync($"/api/v1/conventions/{c.Id}/versions/2/refuse",
            new { decidedOn = "2026-11-23", reason = "Điều 3 đặt ra khoản thu trái pháp luật." })).ReadAsync<ConventionDto>();
        Assert.Null(c.InForce);
        Assert.Null(c.InProgress);
        var refusedVersion = c.Versions.Single(v => v.Number == 2);
        Assert.Equal(ConventionStage.Refused, refusedVersion.Stage);
        Assert.Equal("Điều 3 đặt ra khoản thu trái pháp luật.", refusedVersion.RefusalReason);
        // A refused version cannot be recognised afterwards.
        Assert.Equal(HttpStatusCode.Conflict, (await head.PostAsJsonAsync($"/api/v1/conventions/{c.Id}/versions/2/recognise", new { decidedOn = "2026-11-23", decisionNumber = "9/QĐ-UBND" })).StatusCode);
        var page = await app.CreateClient().GetStringAsync($"/p/{RoMen}/conventions/{c.Id}");
        Assert.Contains("Lý do không công nhận: Điều 3 đặt ra khoản thu trái pháp luật.", page);
    }

    [Theory, Providers]
    public async Task The_demo_has_conventions_in_force_a_draft_open_for_comments_and_a_file_overdue(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        var portal = app.CreateClient();
        var list = await (await portal.GetAsync($"/api/v1/public/conventions/{RoMen}")).ReadAsync<List<ConventionDto>>();
        var pul = Assert.Single(list);
        Assert.NotNull(pul.InForce);
        Assert.Equal(ConventionStage.Commenting, pul.InProgress!.Stage);
        Assert.True(pul.InProgress.Comments!.IsOpen);
        Assert.Contains("dự thảo lần 2 đang lấy ý kiến", await portal.GetStringAsync($"/p/{RoMen}"));

        using var province = await app.ApiAsync("ld.quangngai");
        var all = await (await province.GetAsync("/api/v1/conventions")).ReadAsync<List<ConventionSummary>>();
        Assert.True(all.Count(x => x.InForceNumber is not null) >= 7);
        var late = Assert.Single(all, x => x.InProgressStage == ConventionStage.Adopted);
        Assert.True(late.Running!.IsLate);
        Assert.Equal(ConventionRuleId.SendFile, late.Running.Rule);
    }

    private static string WordText(byte[] bytes)
    {
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(bytes), false);
        return string.Join("\n", doc.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }
}

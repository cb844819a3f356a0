using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Decisions;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Decisions;
using Grassroots.Web.Modules.Decisions.Matters;
using Grassroots.Web.Platform.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace Grassroots.Tests.Outreach;

/// <summary>
/// Issue 20: "a household representative is told when a vote opens" — only a representative who left an email with
/// recorded consent, once per representative and vote, in Vietnamese or the English they chose, HTML and text, with the
/// link to the matter; read from a real SMTP server on loopback.
/// </summary>
public sealed class VoteOpenedEmailTests
{
    [Theory, Providers]
    public async Task A_representative_who_consented_is_told_once_when_a_vote_opens_in_the_chosen_language(DatabaseProvider provider)
    {
        await using var smtp = TestSmtp.Start();
        await using var app = await GrassrootsApp.StartAsync(provider);
        TestSmtp.Configure(app, smtp.Port);
        var (village, households) = await TestVillages.CreateAsync(app, "VO.1", 4);
        using var officer = await app.ApiAsync("cb.romen");
        async Task<HttpResponseMessage> SetEmailAsync(HouseholdDto h, string? email, bool? consent, string? language = null) =>
            await officer.PutAsJsonAsync($"/api/v1/decisions/households/{h.Id}", new
            {
                number = h.Number, representativeName = h.RepresentativeName, representativeEmail = email, emailConsent = consent, emailLanguage = language,
            });
        // Bad input is refused, nothing saved: an invalid address, a consent without an address, a language not offered.
        Assert.Equal(HttpStatusCode.BadRequest, (await SetEmailAsync(households[0], "khong-phai-email", true)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SetEmailAsync(households[0], null, true)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SetEmailAsync(households[0], "ho1@example.vn", true, "fr")).StatusCode);
        var saved = await (await SetEmailAsync(households[0], "ho1@example.vn", true)).ReadAsync<HouseholdDto>();
        Assert.True(saved.EmailConsent);
        await (await SetEmailAsync(households[1], "ho2@example.com", true, "en")).ReadAsync<HouseholdDto>();
        await (await SetEmailAsync(households[2], "ho3@example.vn", false)).ReadAsync<HouseholdDto>(); // an email, no consent: never written to
        // The consent is in the register of consents, with the text read to the representative (docs/personal-data.md).
        async Task<Grassroots.Web.Modules.PersonalData.Contracts.ConsentState?> ConsentAsync(HouseholdDto h)
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<Grassroots.Web.Modules.PersonalData.Contracts.IConsents>()
                .CurrentAsync(Grassroots.Web.Modules.PersonalData.Contracts.ConsentPurpose.VoteNotices, $"Household:{h.Id}", default);
        }
        Assert.True((await ConsentAsync(households[0]))?.IsActive);
        Assert.Equal("en", (await ConsentAsync(households[1]))?.Language);
        Assert.Null(await ConsentAsync(households[2]));

        // A vote opening today (the test clock: Monday 23/11/2026): told in the same save as the matter.
        var today = await (await officer.PostAsJsonAsync("/api/v1/decisions", new
        {
            communityCode = village, subject = "PublicWorksContribution", question = "Mỗi hộ đóng góp 300.000 đồng làm đường thôn?",
            options = new[] { "Đồng ý", "Không đồng ý" }, forms = "Meeting", opensOn = "2026-11-23", closesOn = "2026-11-30",
        })).ReadAsync<MatterDto>();
        // A vote opening on Wednesday: nothing yet.
        var later = await (await officer.PostAsJsonAsync("/api/v1/decisions", new
        {
            communityCode = village, subject = "VillageHead", question = "Bầu ông A Sâm làm Trưởng thôn?",
            options = new[] { "Đồng ý", "Không đồng ý" }, forms = "Meeting", opensOn = "2026-11-25", closesOn = "2026-11-25",
        })).ReadAsync<MatterDto>();
        await OutboxEmailTests.DrainAsync(app);
        var vi = Assert.Single(smtp.To("ho1@example.vn"));
        Assert.Equal("Bắt đầu lấy ý kiến hộ gia đình: Mỗi hộ đóng góp 300.000 đồng làm đường thôn?", vi.Subject);
        Assert.Contains("Kính gửi ông/bà Đại diện hộ 1, đại diện hộ gia đình số 001, Thôn VO.1,", vi.TextBody);
        Assert.Contains("từ ngày 23/11/2026 đến hết ngày 30/11/2026", vi.TextBody);
        Assert.Contains($"https://dancoso.test/p/VO.1/decisions/{today.Id}", vi.TextBody);
        Assert.Contains($"<a href=\"https://dancoso.test/p/VO.1/decisions/{today.Id}\">", vi.HtmlBody);
        var en = Assert.Single(smtp.To("ho2@example.com"));
        Assert.Equal("Households are asked to decide: Mỗi hộ đóng góp 300.000 đồng làm đường thôn?", en.Subject);
        Assert.Empty(smtp.To("ho3@example.vn"));
        Assert.Equal(2, smtp.Received.Count);

        // Wednesday's morning job tells of the second vote; run twice, each representative is told once per vote.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 24, 23, 30, 0, TimeSpan.Zero)); // 06:30 on 25/11 in Vietnam
        for (var run = 0; run < 2; run++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<NotifyVoteOpened>().HandleAsync();
            await OutboxEmailTests.DrainAsync(app);
        }
        var both = smtp.To("ho1@example.vn");
        Assert.Equal(2, both.Count);
        Assert.Equal("Bắt đầu lấy ý kiến hộ gia đình: Bầu ông A Sâm làm Trưởng thôn?", both[1].Subject);
        Assert.Equal(2, smtp.To("ho2@example.com").Count);
        Assert.Equal(4, smtp.Received.Count);
        Assert.All(await OutboxEmailTests.MessagesAsync(app, "vote.opened:"), m => Assert.Equal(OutboxState.Sent, m.State));
        Assert.Single(await OutboxEmailTests.MessagesAsync(app, $"vote.opened:{later.Id}:{households[0].Id}"));
        // Unticked: the consent is withdrawn (kept as proof), and the next vote is not told to that address.
        using var officerNow = await app.ApiAsync("cb.romen"); // a new token: the clock moved past the first one's lifetime
        Assert.False((await (await officerNow.PutAsJsonAsync($"/api/v1/decisions/households/{households[1].Id}", new
        {
            number = households[1].Number, representativeName = households[1].RepresentativeName, representativeEmail = "ho2@example.com", emailConsent = false,
        })).ReadAsync<HouseholdDto>()).EmailConsent);
        Assert.False((await ConsentAsync(households[1]))?.IsActive);
    }
}

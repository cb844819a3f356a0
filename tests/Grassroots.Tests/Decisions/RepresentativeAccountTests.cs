using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Decisions;

namespace Grassroots.Tests.Decisions;

/// <summary>
/// A household's online vote through the representative's own account: opened by the officer keeping the roll, signed in
/// like any account, reaching nothing of the officers' data, and one voice per household whatever the path.
/// </summary>
public sealed class RepresentativeAccountTests
{
    private const string RoMen = "24971";

    private static async Task<MatterDto> MatterAsync(HttpClient officer, string village, string forms, int choosingOnline = 3) =>
        await (await officer.PostAsJsonAsync("/api/v1/decisions", new
        {
            communityCode = village,
            subject = forms.Contains("Online", StringComparison.Ordinal) ? "OtherSelfManaged" : "PublicWorksContribution",
            question = "Tổ chức ngày hội đại đoàn kết tại nhà văn hóa thôn?",
            options = new[] { "Đồng ý", "Không đồng ý" },
            forms,
            onlineAgreed = forms.Contains("Online", StringComparison.Ordinal),
            householdsChoosingOnline = forms.Contains("Online", StringComparison.Ordinal) ? choosingOnline : (int?)null,
            opensOn = "2026-11-23",
            closesOn = "2026-11-30",
        })).ReadAsync<MatterDto>();

    [Theory, Providers]
    public async Task The_representative_votes_with_their_own_account_and_the_household_still_has_one_voice(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        var (village, households) = await TestVillages.CreateAsync(app, "RM.DD1", 4);
        var (other, _) = await TestVillages.CreateAsync(app, "RM.DD2", 1);
        using var officer = await app.ApiAsync("cb.romen");

        // A password the rules refuse: nothing is created.
        var users = await app.DbAsync(db => db.Users.CountAsync());
        var weak = await officer.PostAsJsonAsync($"/api/v1/decisions/households/{households[0].Id}/account", new { userName = "dd.rmdd1.001", password = "123" });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Equal(users, await app.DbAsync(db => db.Users.CountAsync()));

        var linked = await (await officer.PostAsJsonAsync($"/api/v1/decisions/households/{households[0].Id}/account",
            new { userName = "dd.rmdd1.001", password = "Matkhau@123", phoneNumber = "0912345678" })).ReadAsync<HouseholdDto>();
        Assert.Equal("dd.rmdd1.001", linked.RepresentativeAccount);
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync($"/api/v1/decisions/households/{households[0].Id}/account",
            new { userName = "dd.khac", password = "Matkhau@123" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync($"/api/v1/decisions/households/{households[1].Id}/account",
            new { userName = "dd.rmdd1.001", password = "Matkhau@123" })).StatusCode);
        var roll = await (await officer.GetAsync($"/api/v1/decisions/communities/{village}/households")).ReadAsync<List<HouseholdDto>>();
        Assert.Equal("dd.rmdd1.001", roll.Single(h => h.Number == "001").RepresentativeAccount);

        var online = await MatterAsync(officer, village, "Meeting, Online");
        var meetingOnly = await MatterAsync(officer, village, "Meeting");
        var elsewhere = await MatterAsync(officer, other, "Meeting, Online", choosingOnline: 1); // its one household chose it

        using var citizen = await app.ApiAsync("dd.rmdd1.001", "Matkhau@123");
        var mine = await (await citizen.GetAsync("/api/v1/decisions/my-household")).ReadAsync<MyHouseholdDto>();
        Assert.Equal("001", mine.Number);
        Assert.True(mine.Matters.Single(m => m.Matter.Id == online.Id).CanVoteOnline);
        Assert.False(mine.Matters.Single(m => m.Matter.Id == meetingOnly.Id).CanVoteOnline);
        Assert.DoesNotContain(mine.Matters, m => m.Matter.Id == elsewhere.Id);

        // The account reaches no officer's data.
        Assert.Empty(await (await citizen.GetAsync("/api/v1/decisions")).ReadAsync<List<MatterDto>>());
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.GetAsync($"/api/v1/decisions/communities/{village}/households")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.PostAsJsonAsync($"/api/v1/decisions/{online.Id}/votes",
            new { form = "Meeting", votes = new[] { new { householdId = households[1].Id, optionId = online.Options[0].Id } } })).StatusCode);

        // Bad choices: refused, nothing stored.
        var noOption = await citizen.PostAsJsonAsync($"/api/v1/decisions/{online.Id}/my-vote", new { });
        Assert.Equal(HttpStatusCode.BadRequest, noOption.StatusCode);
        var notOnline = await citizen.PostAsJsonAsync($"/api/v1/decisions/{meetingOnly.Id}/my-vote", new { optionId = meetingOnly.Options[0].Id });
        Assert.Equal(HttpStatusCode.BadRequest, notOnline.StatusCode);
        Assert.Contains("không biểu quyết trực tuyến", (await notOnline.ProblemAsync()).GetProperty("detail").GetString());
        var notOurs = await citizen.PostAsJsonAsync($"/api/v1/decisions/{elsewhere.Id}/my-vote", new { optionId = elsewhere.Options[0].Id });
        Assert.Equal(HttpStatusCode.Forbidden, notOurs.StatusCode);
        Assert.Equal(0, await app.DbAsync(db => db.Set<DecisionVote>().CountAsync(v => v.HouseholdId == households[0].Id)));

        Assert.Equal(HttpStatusCode.NoContent, (await citizen.PostAsJsonAsync($"/api/v1/decisions/{online.Id}/my-vote", new { optionId = online.Options[0].Id })).StatusCode);
        // Again through the account, with the household's code, or at the meeting: the household has spoken.
        var twice = await citizen.PostAsJsonAsync($"/api/v1/decisions/{online.Id}/my-vote", new { optionId = online.Options[1].Id });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("đã biểu quyết", (await twice.ProblemAsync()).GetProperty("detail").GetString());
        var twiceEn = await citizen.PostAsJsonAsync($"/api/v1/decisions/{online.Id}/my-vote?lang=en", new { optionId = online.Options[1].Id });
        Assert.Equal(HttpStatusCode.Conflict, twiceEn.StatusCode);
        Assert.DoesNotContain("đã biểu quyết", (await twiceEn.ProblemAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await app.CreateClient().PostAsJsonAsync($"/api/v1/public/decisions/{online.Id}/votes",
            new { householdCode = households[0].VoteCode, optionId = online.Options[1].Id })).StatusCode);
        await officer.PostAsJsonAsync($"/api/v1/decisions/{online.Id}/meeting", new { heldOn = "2026-11-23", householdsPresent = 2, minutes = "Họp thôn." });
        Assert.Equal(HttpStatusCode.Conflict, (await officer.PostAsJsonAsync($"/api/v1/decisions/{online.Id}/votes",
            new { form = "Meeting", votes = new[] { new { householdId = households[0].Id, optionId = online.Options[1].Id } } })).StatusCode);
        var vote = await app.DbAsync(db => db.Set<DecisionVote>().SingleAsync(v => v.HouseholdId == households[0].Id));
        Assert.Equal(VoteForm.Online, vote.Form);
        Assert.Equal(online.Options[0].Id, vote.OptionId);
        mine = await (await citizen.GetAsync("/api/v1/decisions/my-household")).ReadAsync<MyHouseholdDto>();
        Assert.Equal(VoteForm.Online, mine.Matters.Single(m => m.Matter.Id == online.Id).VotedBy);

        // A new representative: the former one's account no longer speaks for the household.
        await officer.PutAsJsonAsync($"/api/v1/decisions/households/{households[0].Id}", new { number = "001", representativeName = "Người đại diện mới" });
        var another = await MatterAsync(officer, village, "Meeting, Online");
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.PostAsJsonAsync($"/api/v1/decisions/{another.Id}/my-vote", new { optionId = another.Options[0].Id })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync("/api/v1/decisions/my-household")).StatusCode);
    }

    [Theory, Providers]
    public async Task The_demo_representative_signs_in_to_the_household_page_and_votes_on_the_portal(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var browser = await PageClient.SignInAsync(app, DemoAccounts.RepresentativeUserName);
        // A citizen's home is the household's page, with the citizen's menu only.
        var home = await browser.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/my/household", home.Headers.Location!.OriginalString);
        var page = await browser.Client.GetStringAsync("/my/household");
        Assert.Contains("Hộ gia đình của tôi", page);
        Assert.DoesNotContain("href=\"/petitions\"", page);
        var household = await app.DbAsync(db => db.Set<Household>().Include(h => h.Community).SingleAsync(h => h.RepresentativeAccountId != null));
        Assert.Contains($"Hộ số {household.Number}", page);

        var matter = await app.DbAsync(db => db.Set<DecisionMatter>().Include(m => m.Options)
            .SingleAsync(m => m.CommunityId == household.CommunityId && m.Forms == (DecisionForms.Meeting | DecisionForms.Online)));
        var portalPage = $"/p/{RoMen}/decisions/{matter.Id}";
        Assert.Contains($"Bạn biểu quyết với tư cách đại diện hộ số {household.Number}", await browser.Client.GetStringAsync(portalPage));
        var voted = await browser.PostFormAsync(portalPage + "?handler=Representative", new() { ["OptionId"] = matter.Options[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, portalPage);
        Assert.Equal(HttpStatusCode.OK, voted.StatusCode);
        Assert.Contains("Ý kiến của hộ đã được ghi nhận", await voted.Content.ReadAsStringAsync());
        Assert.Contains($"Hộ số {household.Number} của bạn đã biểu quyết", await browser.Client.GetStringAsync(portalPage));
        Assert.True(await app.DbAsync(db => db.Set<DecisionVote>().AnyAsync(v => v.MatterId == matter.Id && v.HouseholdId == household.Id && v.Form == VoteForm.Online)));

        // The officer's pages hold nothing for the account.
        var officerPage = await browser.Client.GetAsync($"/decisions/households?unit={household.Community!.Code}");
        Assert.Equal(HttpStatusCode.Forbidden, officerPage.StatusCode);
        Assert.DoesNotContain(household.VoteCode, await officerPage.Content.ReadAsStringAsync());
    }
}

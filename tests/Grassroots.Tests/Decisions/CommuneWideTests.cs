using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Decisions;

namespace Grassroots.Tests.Decisions;

/// <summary>
/// A commune-wide matter (docs/legal.md L10-21-1-VILLAGES, unverified: the law issue's reading of L10 Điều 21 khoản 1,
/// "at least two thirds of villages when the matter is commune-wide"): a contribution put to every village of a commune
/// passes when at least two thirds of the villages adopt it, each village by its own households' two-thirds vote.
/// </summary>
public sealed class CommuneWideTests
{
    private static object Wide(string commune, string subject = "PublicWorksContribution", string forms = "Meeting") => new
    {
        communityCode = commune, subject, question = "Mỗi hộ đóng góp 500.000 đồng làm đường liên thôn toàn xã",
        options = new[] { "Đồng ý", "Không đồng ý" }, forms, onlineAgreed = forms.Contains("Online", StringComparison.Ordinal), householdsChoosingOnline = 3,
        opensOn = "2026-11-23", closesOn = "2026-11-30",
    };

    [Theory, Providers]
    public async Task A_commune_wide_contribution_passes_when_two_of_three_villages_adopt_it(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var admin = await app.ApiAsync("admin");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/units", new { code = "99901", name = "Xã Thử Nghiệm", kind = "Commune", parentCode = "68" })).StatusCode);
        var households = new Dictionary<string, List<HouseholdDto>>();
        foreach (var v in new[] { "TN.A", "TN.B", "TN.C" })
        {
            Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/units", new { code = v, name = $"Thôn {v[^1]}", kind = "ResidentialCommunity", parentCode = "99901" })).StatusCode);
            households[v] = [];
            for (var i = 1; i <= 3; i++)
            {
                households[v].Add(await (await admin.PostAsJsonAsync($"/api/v1/decisions/communities/{v}/households", new { number = $"00{i}", representativeName = $"Đại diện hộ {i}" })).ReadAsync<HouseholdDto>());
            }
        }

        // Only a contribution or community funds, never online; a village is not a commune. Nothing saved.
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/v1/decisions/commune-wide", Wide("99901", subject: "VillageHead"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/v1/decisions/commune-wide", Wide("99901", forms: "Meeting, Online"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/v1/decisions/commune-wide", new
        {
            communityCode = "99901", subject = "PublicWorksContribution", question = "Mức đóng góp?", options = new[] { "300.000 đồng", "500.000 đồng", "Không đóng góp" },
            forms = "Meeting", opensOn = "2026-11-23", closesOn = "2026-11-30",
        })).StatusCode);
        var village = await admin.PostAsJsonAsync("/api/v1/decisions/commune-wide", Wide("TN.A"));
        Assert.Equal(HttpStatusCode.BadRequest, village.StatusCode);
        Assert.Contains("không phải là xã", (await village.ProblemAsync()).GetProperty("detail").GetString());
        Assert.Equal(0, await app.DbAsync(db => db.Set<DecisionMatter>().CountAsync(m => m.CommuneWideId != null && m.Community!.Parent!.Code == "99901")));

        var wide = await (await admin.PostAsJsonAsync("/api/v1/decisions/commune-wide", Wide("99901"))).ReadAsync<CommuneWideDto>();
        Assert.Equal(["TN.A", "TN.B", "TN.C"], wide.Villages.Select(v => v.CommunityCode).ToArray());
        Assert.Equal(2, wide.Needed);
        Assert.Null(wide.Verdict);

        // Each village meets and votes: A 2 of 3 (two thirds: adopted), B 3 of 3, C 1 of 3 (not adopted).
        foreach (var (v, agree) in new[] { ("TN.A", 2), ("TN.B", 3), ("TN.C", 1) })
        {
            var matter = wide.Villages.Single(x => x.CommunityCode == v).MatterId;
            var options = (await (await admin.GetAsync($"/api/v1/decisions/{matter}")).ReadAsync<MatterDto>()).Options;
            (await admin.PostAsJsonAsync($"/api/v1/decisions/{matter}/meeting", new { heldOn = "2026-11-23", householdsPresent = 3, minutes = "Họp thôn." })).EnsureSuccessStatusCode();
            (await admin.PostAsJsonAsync($"/api/v1/decisions/{matter}/votes", new
            {
                form = "Meeting",
                votes = households[v].Select((h, i) => new { householdId = h.Id, optionId = options[i < agree ? 0 : 1].Id }).ToArray(),
            })).EnsureSuccessStatusCode();
            if (v != "TN.C")
            {
                (await admin.PostAsync($"/api/v1/decisions/{matter}/close", null)).EnsureSuccessStatusCode();
            }
        }
        // One village still voting: no verdict for the commune yet.
        var running = await (await admin.GetAsync($"/api/v1/decisions/commune-wide/{wide.Id}")).ReadAsync<CommuneWideDto>();
        Assert.Null(running.Verdict);
        Assert.Equal(2, running.Adopted);

        (await admin.PostAsync($"/api/v1/decisions/{wide.Villages.Single(x => x.CommunityCode == "TN.C").MatterId}/close", null)).EnsureSuccessStatusCode();
        var done = await (await admin.GetAsync($"/api/v1/decisions/commune-wide/{wide.Id}")).ReadAsync<CommuneWideDto>();
        // In C two of three households refused: the refusal carries the village, which does not approve.
        Assert.Equal([true, true, false], done.Villages.Select(v => v.Approved!.Value).ToArray());
        Assert.Equal("Không đồng ý", done.Villages[2].Winner);
        Assert.Equal(Verdict.Adopted, done.Verdict); // 2 of 3 villages: at least two thirds

        using var page = await PageClient.SignInAsync(app, "admin");
        var html = WebUtility.HtmlDecode(await page.Client.GetStringAsync($"/decisions/commune-wide/{wide.Id}"));
        Assert.Contains("2/3 thôn, tổ dân phố thông qua; cần ít nhất 2 (2/3 số thôn, tổ dân phố) theo Điều 21 khoản 1 Luật 10/2022/QH15", html);
        var villagePage = WebUtility.HtmlDecode(await page.Client.GetStringAsync($"/decisions/{done.Villages[0].MatterId}"));
        Assert.Contains($"/decisions/commune-wide/{wide.Id}", villagePage);
    }

    [Theory]
    [InlineData(3, 2, true)]
    [InlineData(3, 1, false)]
    [InlineData(6, 4, true)]
    [InlineData(6, 3, false)]
    [InlineData(7, 5, true)]
    [InlineData(7, 4, false)]
    public void At_least_two_thirds_of_the_villages(int villages, int adopted, bool passes)
    {
        Assert.Equal(passes, DecisionRules.VillagesReached(adopted, villages));
        Assert.Equal(passes, adopted >= DecisionRules.VillagesNeeded(villages));
    }
}

using System.Net;
using System.Text.RegularExpressions;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Petitions;

namespace Grassroots.Tests.Petitions;

/// <summary>
/// The officer's pitfalls of issue 12: a step that ends the handling of a letter (file away, guide, transfer, answer)
/// asks once more before it runs, saying what it does; a transfer picks the unit from a list of today's units, names told
/// apart; the queue opens on the letters still being handled.
/// </summary>
public sealed partial class OfficerStepsPageTests
{
    private static async Task<PetitionStatus> StatusAsync(GrassrootsApp app, Guid id) =>
        await app.DbAsync(db => db.Set<Petition>().Where(p => p.Id == id).Select(p => p.Status).SingleAsync());

    [Theory, Providers]
    public async Task Filing_a_letter_away_says_it_ends_the_handling_and_runs_only_when_confirmed(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var api = await app.ApiAsync("cb.binhson");
        var letter = await PetitionJourneyTests.RegisterAsync(api, PetitionJourneyTests.Complaint());
        using var officer = await PageClient.SignInAsync(app, "cb.binhson");
        var url = $"/petitions/{letter.Id}";

        var detail = WebUtility.HtmlDecode(await officer.Client.GetStringAsync(url));
        Assert.Contains("Lưu đơn (kết thúc xử lý)", detail); // not a bare "Lưu đơn" that reads as "save"

        var asked = await officer.PostFormAsync($"{url}?handler=File", new() { ["Note"] = "Đơn trùng nội dung đã giải quyết" }, url);
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var page = WebUtility.HtmlDecode(await asked.Content.ReadAsStringAsync());
        Assert.Contains("id=\"confirm-step\"", page);
        Assert.Contains("Lưu đơn là kết thúc xử lý", page);
        Assert.Contains("Đơn trùng nội dung đã giải quyết", page); // what will be recorded, shown before it is
        Assert.Equal(PetitionStatus.Received, await StatusAsync(app, letter.Id)); // nothing happened yet

        var done = await officer.PostFormAsync($"{url}?handler=File", new() { ["Note"] = "Đơn trùng nội dung đã giải quyết", ["Confirmed"] = "true" }, url);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(PetitionStatus.Filed, await StatusAsync(app, letter.Id));
    }

    [Theory, Providers]
    public async Task A_transfer_picks_a_unit_alive_today_by_name_and_asks_before_the_letter_leaves(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        // A second body of one name in the province, under another commune.
        await app.DbAsync(async db =>
        {
            var vanTuong = await db.Units.SingleAsync(u => u.Code == "20614");
            db.Units.Add(new Unit { Code = "99001", Name = "Ủy ban MTTQ Việt Nam xã Bình Hiệp", Kind = UnitKind.Organisation, ParentId = vanTuong.Id, Path = vanTuong.Path + "99001/" });
            return await db.SaveChangesAsync();
        });
        using var api = await app.ApiAsync("cb.binhson");
        var letter = await PetitionJourneyTests.RegisterAsync(api, PetitionJourneyTests.Complaint());
        using var officer = await PageClient.SignInAsync(app, "cb.binhson");
        var url = $"/petitions/{letter.Id}";

        var html = await officer.Client.GetStringAsync(url);
        var select = html[html.IndexOf("<select id=\"ToUnitCode\"", StringComparison.Ordinal)..];
        select = select[..select.IndexOf("</select>", StringComparison.Ordinal)];
        var options = Option().Matches(select).ToDictionary(m => m.Groups["code"].Value, m => WebUtility.HtmlDecode(m.Groups["name"].Value));
        Assert.Equal("Xã Vạn Tường", options["20614"]);
        Assert.Equal("Tỉnh Quảng Ngãi", options["51"]);
        Assert.DoesNotContain("20611", options.Keys);  // not the letter's own commune
        Assert.DoesNotContain("20104", options.Keys);  // Xã Bình An ended on 1/7/2025
        Assert.DoesNotContain(options.Values, n => n.StartsWith("Thôn", StringComparison.Ordinal));
        Assert.DoesNotContain(options.Keys, c => c.StartsWith("24", StringComparison.Ordinal)); // another province's
        Assert.Contains("Ủy ban MTTQ Việt Nam xã Bình Hiệp (Xã Bình Sơn)", options.Values);
        Assert.Contains("Ủy ban MTTQ Việt Nam xã Bình Hiệp (Xã Vạn Tường)", options.Values);

        var asked = await officer.PostFormAsync($"{url}?handler=Transfer", new() { ["ToUnitCode"] = "20614" }, url);
        var page = WebUtility.HtmlDecode(await asked.Content.ReadAsStringAsync());
        Assert.Contains("Đơn sẽ được chuyển đến Xã Vạn Tường", page);
        Assert.Equal(PetitionStatus.Received, await StatusAsync(app, letter.Id));
        var unitBefore = await app.DbAsync(db => db.Set<Petition>().Where(p => p.Id == letter.Id).Select(p => p.Unit!.Code).SingleAsync());
        Assert.Equal("20611", unitBefore);

        var done = await officer.PostFormAsync($"{url}?handler=Transfer", new() { ["ToUnitCode"] = "20614", ["Confirmed"] = "true" }, url);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal("20614", await app.DbAsync(db => db.Set<Petition>().Where(p => p.Id == letter.Id).Select(p => p.Unit!.Code).SingleAsync()));
    }

    [Theory, Providers]
    public async Task The_queue_opens_on_letters_being_handled_and_shows_the_rest_on_request(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var officer = await PageClient.SignInAsync(app, "cb.binhson");
        string[] ended = ["Đã trả lời", "Lưu đơn", "Đã hướng dẫn", "Đã chuyển cơ quan có thẩm quyền"];

        var queue = WebUtility.HtmlDecode(await officer.Client.GetStringAsync("/petitions"));
        var statuses = Status().Matches(queue).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(statuses);
        Assert.DoesNotContain(statuses, s => ended.Contains(s));

        var all = WebUtility.HtmlDecode(await officer.Client.GetStringAsync("/petitions?open=false"));
        Assert.Contains(Status().Matches(all).Select(m => m.Groups[1].Value), s => ended.Contains(s));
        Assert.Contains("— trang 1/", all);

        // The next page is the next page, with the same choice.
        var next = NextPage().Match(all);
        Assert.True(next.Success);
        var second = WebUtility.HtmlDecode(await officer.Client.GetStringAsync(next.Groups[1].Value));
        Assert.Contains("— trang 2/", second);
        Assert.Contains(Status().Matches(second).Select(m => m.Groups[1].Value), s => ended.Contains(s));
    }

    [GeneratedRegex(@"<a class=""page-link"" href=""([^""]+)"">Trang sau</a>")]
    private static partial Regex NextPage();

    [GeneratedRegex("<option value=\"(?<code>[^\"]+)\"[^>]*>(?<name>[^<]+)</option>")]
    private static partial Regex Option();

    [GeneratedRegex("<td class=\"petition-status\">([^<]+)</td>")]
    private static partial Regex Status();
}

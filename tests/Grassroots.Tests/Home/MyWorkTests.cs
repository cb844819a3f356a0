using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Grassroots.Tests.Infrastructure;

namespace Grassroots.Tests.Home;

/// <summary>
/// "Việc của tôi" on the landing page: the counts an officer, a head and a steering committee see are the ones the inbox and
/// the API list for the same filter, over the units each reaches — a commune's own, or the whole province's.
/// </summary>
public sealed partial class MyWorkTests
{
    private const string Commune = "20611"; // Xã Bình Sơn
    private const string Today = "2026-11-23"; // GrassrootsApp.Start, in Vietnam

    [Theory, Providers]
    public async Task An_officers_landing_counts_what_the_inbox_lists_and_todays_reception(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var api = await app.ApiAsync("cb.binhson");
        await OpenSessionTodayAsync(api, Commune);
        await RegisterOverdueLetterAsync(api); // received 1/9, not yet sorted: its clock ran out

        using var page = await PageClient.SignInAsync(app, "cb.binhson");
        var html = await page.Client.GetStringAsync("/");
        Assert.Contains("Việc của tôi", html);

        foreach (var (item, query) in Lines)
        {
            Assert.Equal(await TotalAsync(api, query), Count(html, item));
            // The link opens the inbox with that very filter, and the inbox's caption says the same number.
            if (Count(html, item) > 0)
            {
                Assert.Contains($"href=\"/petitions?{query}\"", html);
            }
            var inbox = await page.Client.GetStringAsync($"/petitions?{query}");
            Assert.StartsWith($"{Count(html, item)} đơn —", Caption(inbox));
        }
        Assert.True(Count(html, "petitions-overdue") > 0, "the letter received on 1/9 is overdue");
        Assert.True(Count(html, "petitions-unsorted") > 0, "the letter received on 1/9 is not yet sorted");
        Assert.Equal(await SessionsTodayAsync(api), Count(html, "reception-sessions"));
        Assert.True(Count(html, "reception-sessions") >= 1);
        Assert.Contains("Trụ sở UBND xã — phòng tiếp dân", html); // today's session, named with a link to it
    }

    [Theory, Providers]
    public async Task An_officer_of_another_commune_sees_only_their_communes_work(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var binhSon = await app.ApiAsync("cb.binhson");
        await OpenSessionTodayAsync(binhSon, Commune);
        await RegisterOverdueLetterAsync(binhSon);

        using var api = await app.ApiAsync("cb.vantuong");
        using var page = await PageClient.SignInAsync(app, "cb.vantuong");
        var html = await page.Client.GetStringAsync("/");
        foreach (var (item, query) in Lines)
        {
            Assert.Equal(await TotalAsync(api, query), Count(html, item));
        }
        Assert.Equal(await SessionsTodayAsync(api), Count(html, "reception-sessions"));
        Assert.DoesNotContain("Trụ sở UBND xã — phòng tiếp dân", html);
        Assert.DoesNotContain("Xã Bình Sơn", html);
        if (Count(html, "reception-schedule") == 0)
        {
            Assert.Contains("Hôm nay không có lịch tiếp định kỳ của người đứng đầu", html); // a zero is said, not hidden
        }
    }

    [Theory, Providers]
    public async Task A_provinces_head_and_steering_committee_see_the_roll_up_over_the_province(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var binhSon = await app.ApiAsync("cb.binhson");
        await OpenSessionTodayAsync(binhSon, Commune);
        await RegisterOverdueLetterAsync(binhSon);
        using var vanTuong = await app.ApiAsync("cb.vantuong");
        await OpenSessionTodayAsync(vanTuong, "20614");
        await RegisterOverdueLetterAsync(vanTuong, "20614");

        using var headApi = await app.ApiAsync("ld.quangngai");
        using var head = await PageClient.SignInAsync(app, "ld.quangngai");
        var headHtml = await head.Client.GetStringAsync("/");
        using var officer = await PageClient.SignInAsync(app, "cb.binhson");
        var officerHtml = await officer.Client.GetStringAsync("/");
        using var other = await PageClient.SignInAsync(app, "cb.vantuong");
        var otherHtml = await other.Client.GetStringAsync("/");

        foreach (var (item, query) in Lines)
        {
            Assert.Equal(await TotalAsync(headApi, query), Count(headHtml, item));
            Assert.True(Count(headHtml, item) >= Count(officerHtml, item) + Count(otherHtml, item), item);
        }
        Assert.True(Count(headHtml, "petitions-overdue") >= 2); // one letter in each commune
        Assert.True(Count(officerHtml, "petitions-overdue") >= 1 && Count(otherHtml, "petitions-overdue") >= 1);
        Assert.Equal(await SessionsTodayAsync(headApi), Count(headHtml, "reception-sessions"));
        Assert.True(Count(headHtml, "reception-sessions") >= 2);
        foreach (var item in new[] { "reports-late", "reports-due", "reports-returned" })
        {
            Assert.True(Count(headHtml, item) >= Count(officerHtml, item) + Count(otherHtml, item), item);
        }

        // The steering committee reads the same roll-up: it sees everything the head sees, and changes nothing.
        using var committee = await PageClient.SignInAsync(app, "bcd.quangngai");
        var committeeHtml = await committee.Client.GetStringAsync("/");
        foreach (var item in Lines.Select(l => l.Item).Concat(["reception-sessions", "reception-schedule", "reports-late", "reports-due", "reports-returned"]))
        {
            Assert.Equal(Count(headHtml, item), Count(committeeHtml, item));
        }
    }

    [Theory, Providers]
    public async Task The_landing_speaks_english_with_the_same_counts(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var page = await PageClient.SignInAsync(app, "cb.binhson");
        var vi = await page.Client.GetStringAsync("/");
        var en = await page.Client.GetStringAsync("/?lang=en");
        Assert.Contains("My work", en);
        Assert.Equal(Count(vi, "petitions-overdue"), Count(en, "petitions-overdue"));
        Assert.DoesNotContain("style=", en, StringComparison.Ordinal);
    }

    private static readonly (string Item, string Query)[] Lines =
    [
        ("petitions-overdue", "due=Overdue"),
        ("petitions-soon", "due=Soon"),
        ("petitions-unsorted", "status=Received"),
    ];

    internal static int Count(string html, string item)
    {
        var m = Regex.Match(html, $"id=\"work-{item}\" data-count=\"(\\d+)\"");
        Assert.True(m.Success, $"no line {item} on the landing");
        return int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Caption(string html) => CaptionPattern().Match(html).Groups[1].Value;

    private static async Task<int> TotalAsync(HttpClient api, string query) =>
        (await api.GetFromJsonAsync<JsonElement>($"/api/v1/petitions?{query}")).GetProperty("total").GetInt32();

    private static async Task<int> SessionsTodayAsync(HttpClient api) =>
        (await api.GetFromJsonAsync<JsonElement>($"/api/v1/reception/sessions?from={Today}&to={Today}")).GetArrayLength();

    private static async Task OpenSessionTodayAsync(HttpClient api, string unit) =>
        (await api.PostAsJsonAsync("/api/v1/reception/sessions",
            new { unitCode = unit, kind = "Regular", heldOn = Today, place = "Trụ sở UBND xã — phòng tiếp dân", receivedBy = "Cán bộ tiếp dân" }))
        .EnsureSuccessStatusCode();

    /// <summary>A complaint received on 1/9 and never sorted: on 23/11 its clock has run out.</summary>
    private static async Task RegisterOverdueLetterAsync(HttpClient api, string unit = Commune) =>
        (await api.PostAsJsonAsync("/api/v1/petitions", new
        {
            unitCode = unit,
            kind = "Complaint",
            channel = "InPerson",
            receivedOn = "2026-09-01",
            subject = "Khiếu nại mức bồi thường đất thu hồi dự án đường ven biển",
            content = "Tôi khiếu nại Quyết định bồi thường số 125/QĐ-UBND vì đơn giá đất nông nghiệp thấp hơn giá thị trường.",
            petitionerName = "Nguyễn Văn Tám",
            petitionerAddress = "Thôn An Điềm",
            petitionerPhone = "0905999888",
        })).EnsureSuccessStatusCode();

    [GeneratedRegex("<caption>([^<]*)</caption>")]
    private static partial Regex CaptionPattern();
}

using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Grassroots.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Grassroots.Tests.Portal;

/// <summary>
/// The citizen's front door (issue 12): <c>/</c> signed out finds a commune by name — with or without tones, in any case —
/// or by province, tells two communes of one name apart by their province, leads from an old commune's name to today's
/// commune; a signed-in officer keeps the landing page; the portal of a commune that ended says so and where it went.
/// The demo's clock stands on 23/11/2026, after the 2025 reform (Xã Rô Men 24901, Liêng S'rônh 24904 and Đạ Rsal 24919
/// became Xã Rô Men 24971 on 1/7/2025).
/// </summary>
public sealed partial class FrontDoorTests
{
    private static HttpClient Anonymous(GrassrootsApp app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>The search's results as a reader sees them, one line each: "link text | small print → link".</summary>
    private static async Task<List<string>> ResultsAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var start = html.IndexOf("id=\"door-results\"", StringComparison.Ordinal);
        if (start < 0)
        {
            Assert.Contains("id=\"door-none\"", html);
            return [];
        }
        var list = html[start..html.IndexOf("</ul>", start, StringComparison.Ordinal)];
        return Item().Matches(list).Select(m => $"{Plain(m.Groups["link"].Value)} | {Plain(m.Groups["small"].Value)} → {m.Groups["href"].Value}").ToList();
    }

    private static string Plain(string html) => WebUtility.HtmlDecode(Spaces().Replace(Tags().Replace(html, " "), " ")).Trim();

    [Theory, Providers]
    public async Task Signed_out_the_home_page_finds_a_commune_by_name_with_or_without_tones_in_any_case(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var citizen = Anonymous(app);

        var page = await citizen.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode); // no longer the staff sign-in page
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Tìm trang của xã, phường nơi bạn sống", html);
        Assert.Contains("<form method=\"get\" action=\"/\" role=\"search\"", html);
        Assert.Matches("<a href=\"/account/login\" id=\"staff-sign-in\"[^>]*>Đăng nhập dành cho cán bộ</a>", html);

        // Today's commune first, then the old one of the same name, which leads to today's.
        string[] romen =
        [
            "Xã Rô Men | Xã · Tỉnh Lâm Đồng → /p/24971",
            "Xã Rô Men (cũ) — từ 1/7/2025 thuộc Xã Rô Men | Xã · Tỉnh Lâm Đồng → /p/24971",
        ];
        Assert.Equal(romen, await ResultsAsync(citizen, "ro men"));
        Assert.Equal(romen, await ResultsAsync(citizen, "RÔ MEN"));
        Assert.Equal(romen, await ResultsAsync(citizen, "  xã   rô men "));
        Assert.Equal(["Xã Bình Sơn | Xã · Tỉnh Quảng Ngãi → /p/20611"], await ResultsAsync(citizen, "binh son"));
        // Đ is d to a search, and a name typed in decomposed Unicode (NFD) is the same name.
        Assert.Equal(["Xã Đạ Tông | Xã · Tỉnh Lâm Đồng → /p/24977", "Xã Đạ Tông (cũ) — từ 1/7/2025 thuộc Xã Đạ Tông | Xã · Tỉnh Lâm Đồng → /p/24977"],
            await ResultsAsync(citizen, "da tong"));
        Assert.Equal(await ResultsAsync(citizen, "da tong"), await ResultsAsync(citizen, "Đạ Tông".Normalize(System.Text.NormalizationForm.FormD)));
        // A province is found too, and leads to its communes; a name and its province together narrow the search.
        Assert.Equal(["Tỉnh Lâm Đồng | Tỉnh/thành phố · xem các xã, phường → /?province=68#door-communes-title"], await ResultsAsync(citizen, "lam dong"));
        Assert.Equal(["Xã Bình Sơn | Xã · Tỉnh Quảng Ngãi → /p/20611"], await ResultsAsync(citizen, "binh son quang ngai"));
        Assert.Empty(await ResultsAsync(citizen, "không có xã này"));
        Assert.Empty(await ResultsAsync(citizen, "Thôn Pul")); // villages are reached through their commune

        // English, with the site's language switch.
        await citizen.GetAsync("/lang/en?returnUrl=/");
        var english = await citizen.GetStringAsync("/?q=ro+men");
        Assert.Contains("Find the page of the commune or ward where you live", english);
        Assert.Contains("Xã Rô Men (former) — since 1/7/2025 part of Xã Rô Men", english);
        Assert.Contains("Sign in for officers", english);
    }

    [Theory, Providers]
    public async Task Browsing_a_province_lists_its_communes_in_being_and_not_the_ones_that_ended(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var citizen = Anonymous(app);

        var home = await citizen.GetStringAsync("/");
        Assert.Contains("<option value=\"51\">Tỉnh Quảng Ngãi</option>", home);
        Assert.Contains("<option value=\"68\">Tỉnh Lâm Đồng</option>", home);

        var lamDong = await citizen.GetStringAsync("/?province=68");
        Assert.Contains("Các xã, phường của Tỉnh Lâm Đồng", lamDong);
        var communes = CommuneLink().Matches(lamDong).Select(m => $"{m.Groups[2].Value} {WebUtility.HtmlDecode(m.Groups[3].Value)}").ToList();
        Assert.Equal(["24977 Xã Đạ Tông", "24974 Xã Phi Liêng", "24971 Xã Rô Men"], communes);
        Assert.DoesNotContain("24901", lamDong); // old Xã Rô Men
        Assert.DoesNotContain("Liêng S", lamDong);
        Assert.DoesNotContain("Đạ Rsal", lamDong);

        var quangNgai = await citizen.GetStringAsync("/?province=51");
        Assert.Equal(7, CommuneLink().Matches(quangNgai).Count);
        Assert.Contains("href=\"/p/20611\">Xã Bình Sơn</a>", quangNgai);
        Assert.DoesNotContain("Thị trấn Châu Ổ", quangNgai);

        // A district or a code that is no province: the list of provinces again, and a word why.
        Assert.Contains("id=\"door-unknown-province\"", await citizen.GetStringAsync("/?province=675"));
        Assert.Contains("id=\"door-unknown-province\"", await citizen.GetStringAsync("/?province=nope"));
    }

    [Theory, Providers]
    public async Task An_old_communes_name_leads_to_todays_commune_with_a_line_saying_so(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var citizen = Anonymous(app);

        string[] lieng = ["Xã Liêng S'rônh (cũ) — từ 1/7/2025 thuộc Xã Rô Men | Xã · Tỉnh Lâm Đồng → /p/24971"];
        Assert.Equal(lieng, await ResultsAsync(citizen, "lieng s'ronh"));
        Assert.Equal(lieng, await ResultsAsync(citizen, "Liêng Srônh"));
        Assert.Equal(["Xã Đạ Rsal (cũ) — từ 1/7/2025 thuộc Xã Rô Men | Xã · Tỉnh Lâm Đồng → /p/24971"], await ResultsAsync(citizen, "da rsal"));
        Assert.Equal(["Thị trấn Châu Ổ (cũ) — từ 1/7/2025 thuộc Xã Bình Sơn | Xã · Tỉnh Quảng Ngãi → /p/20611"], await ResultsAsync(citizen, "chau o"));

        // A unit renamed or merged now is found as it is now: the directory's changes reach the search at once.
        using var admin = await app.ApiAsync("admin");
        (await admin.PostAsJsonAsync("/api/v1/units/24974/rename", new { newName = "Xã Phi Liêng Thượng", effectiveDate = "2026-11-23" })).EnsureSuccessStatusCode();
        Assert.Equal(["Xã Phi Liêng Thượng | Xã · Tỉnh Lâm Đồng → /p/24974"], await ResultsAsync(citizen, "phi lieng thuong"));
    }

    [Theory, Providers]
    public async Task A_signed_in_officer_still_gets_the_landing_page(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var officer = await PageClient.SignInAsync(app, "cb.binhson");

        var response = await officer.Client.GetAsync("/?q=ro+men");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Xin chào", html);
        Assert.Contains("id=\"my-roles\"", html);
        Assert.DoesNotContain("id=\"door-search\"", html);

        // A household representative (an account without roles) still goes to the household's page.
        using var representative = await PageClient.SignInAsync(app, DemoAccounts.RepresentativeUserName);
        var home = await representative.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/my/household", home.Headers.Location?.OriginalString);
    }

    [Theory, Providers]
    public async Task The_portal_of_a_commune_that_ended_says_when_and_names_its_successor(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var citizen = Anonymous(app);

        var old = await citizen.GetStringAsync("/p/24901");
        Assert.Contains("<title>Xã Rô Men (cũ) ·", old);
        Assert.Contains("<h1 class=\"h4\" id=\"portal-title\">Xã Rô Men (cũ)</h1>", old);
        Assert.Contains("id=\"portal-ended\"", old);
        Assert.Contains("Xã Rô Men đã kết thúc từ ngày 1/7/2025", old);
        Assert.Contains("Xã Rô Men — Tỉnh Lâm Đồng", old);
        Assert.Contains("<a class=\"btn btn-primary\" href=\"/p/24971\">Đến trang của Xã Rô Men</a>", old);
        // Not a live portal: no letter form, no reception days of its own.
        Assert.DoesNotContain("id=\"portal-petition\"", old);
        Assert.DoesNotContain("/p/24901/schedule", old);

        // A district that ended without a successor of its own says only that it ended.
        var district = await citizen.GetStringAsync("/p/675");
        Assert.Contains("Huyện Đam Rông đã kết thúc từ ngày 1/7/2025", district);

        var today = await citizen.GetStringAsync("/p/24971");
        Assert.DoesNotContain("id=\"portal-ended\"", today);
        Assert.Contains("id=\"portal-petition\"", today);

        await citizen.GetAsync("/lang/en?returnUrl=/");
        var english = await citizen.GetStringAsync("/p/24901");
        Assert.Contains("Xã Rô Men ended on 1/7/2025", english);
        Assert.Contains("Go to the page of Xã Rô Men", english);
    }

    [GeneratedRegex("<li class=\"list-group-item py-3\"[^>]*>\\s*<a[^>]*href=\"(?<href>[^\"]+)\"[^>]*>(?<link>.*?)</a>\\s*<div class=\"small[^\"]*\">(?<small>.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex Item();

    [GeneratedRegex("<a class=\"door-commune[^\"]*\" href=\"/p/(([^\"]+))\">([^<]+)</a>")]
    private static partial Regex CommuneLink();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}

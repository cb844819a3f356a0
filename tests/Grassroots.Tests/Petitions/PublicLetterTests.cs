using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Petitions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Grassroots.Tests.Petitions;

/// <summary>
/// The citizen's letter, on the public form (<c>/p/{code}/petition</c>) and its API (<c>POST /api/v1/public/petitions</c>):
/// what no person types — a NUL or a BEL in a field, a field of 4 MB — is refused with a clear 400 or 413 in Vietnamese
/// (problem details for the API, an HTML page for the browser), never a 404 or a 500, and nothing is stored. Letters go
/// to communes: the nation, a province and a village take none, and their form page points to the communes instead.
/// </summary>
public sealed class PublicLetterTests
{
    private const string Commune = PetitionJourneyTests.Commune;
    private const string ControlMessage = "Nội dung đơn chứa ký tự điều khiển không được phép (như NUL); chỉ được dùng xuống dòng và tab.";
    private static readonly string FourMegabytes = new('a', 4 * 1024 * 1024 + 10);

    private static Task<PageClient> BrowserAsync(GrassrootsApp app) =>
        PageClient.FromClientAsync(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    private static Task<int> LettersAsync(GrassrootsApp app) => app.DbAsync(db => db.Set<Petition>().CountAsync());

    [Theory, Providers]
    public async Task Control_characters_and_a_4_MB_field_are_refused_by_the_API_naming_the_field(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var citizen = app.CreateClient();
        var before = await LettersAsync(app);

        foreach (var content in new[] { "Đèn đường\0 hỏng", "Đèn đường\u0007 hỏng", "Đèn\u001B[31m hỏng", "Đèn\u0085 hỏng" })
        {
            var r = await citizen.PostAsJsonAsync("/api/v1/public/petitions", new { unitCode = Commune, kind = "Reflection", content });
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            Assert.Equal(ControlMessage, (await r.ProblemAsync()).GetProperty("errors").GetProperty("content")[0].GetString());
        }
        var name = await citizen.PostAsJsonAsync("/api/v1/public/petitions", new { unitCode = Commune, kind = "Reflection", content = "Đèn hỏng", petitionerName = "Trần\0 B" });
        Assert.Equal(HttpStatusCode.BadRequest, name.StatusCode);
        Assert.Equal("Họ tên người gửi đơn chứa ký tự điều khiển không được phép (như NUL); chỉ được dùng xuống dòng và tab.", (await name.ProblemAsync()).GetProperty("errors").GetProperty("petitionerName")[0].GetString());
        var english = await citizen.PostAsJsonAsync("/api/v1/public/petitions?lang=en", new { unitCode = Commune, kind = "Reflection", content = "Đèn\0 hỏng" });
        Assert.Equal("Content contains control characters that are not allowed (such as NUL); only line breaks and tabs are.",
            (await english.ProblemAsync()).GetProperty("errors").GetProperty("content")[0].GetString());

        var huge = await citizen.PostAsJsonAsync("/api/v1/public/petitions", new { unitCode = Commune, kind = "Reflection", content = FourMegabytes });
        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        Assert.Equal("Nội dung đơn quá dài.", (await huge.ProblemAsync()).GetProperty("errors").GetProperty("content")[0].GetString());
        Assert.Equal(before, await LettersAsync(app));

        // Line breaks and tabs are what people type: a letter with them is taken as written.
        var ok = await citizen.PostAsJsonAsync("/api/v1/public/petitions", new { unitCode = Commune, kind = "Reflection", content = "Đèn đường hỏng:\r\n- thôn An Điềm\tcột 12" });
        var code = (await ok.ReadAsync<PublicPetitionCreated>()).TrackingCode;
        Assert.Equal("Đèn đường hỏng:\r\n- thôn An Điềm\tcột 12", await app.DbAsync(db => db.Set<Petition>().Where(p => p.TrackingCode == code).Select(p => p.Content).SingleAsync()));
    }

    [Theory, Providers]
    public async Task The_form_answers_a_NUL_a_BEL_and_a_4_MB_field_with_a_page_that_says_what_is_wrong(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var browser = await BrowserAsync(app);
        var before = await LettersAsync(app);
        var form = $"/p/{Commune}/petition";

        // A NUL cannot even be read as a form value: the error page says so (it answered 404 before).
        var nul = await browser.PostFormAsync(form, new() { ["Kind"] = "Reflection", ["Content"] = "Đèn\0 hỏng" });
        Assert.Equal(HttpStatusCode.BadRequest, nul.StatusCode);
        Assert.Equal("text/html", nul.Content.Headers.ContentType?.MediaType);
        var nulPage = WebUtility.HtmlDecode(await nul.Content.ReadAsStringAsync());
        Assert.Contains("Biểu mẫu gửi lên không đọc được: có ký tự điều khiển không được phép (như NUL)", nulPage);
        Assert.DoesNotContain("Không tìm thấy", nulPage);
        var nulEnglish = await browser.PostFormAsync(form + "?lang=en", new() { ["Kind"] = "Reflection", ["Content"] = "Đèn\0 hỏng" });
        Assert.Equal(HttpStatusCode.BadRequest, nulEnglish.StatusCode);
        Assert.Contains("The form sent cannot be read", await nulEnglish.Content.ReadAsStringAsync());

        // A BEL is read, then refused by the validation: the form comes back naming the field, with what was typed.
        var bel = await browser.PostFormAsync(form, new() { ["Kind"] = "Reflection", ["Content"] = "Đèn\u0007 hỏng", ["PetitionerName"] = "Trần Văn B" });
        Assert.Equal(HttpStatusCode.BadRequest, bel.StatusCode);
        var belPage = WebUtility.HtmlDecode(await bel.Content.ReadAsStringAsync());
        Assert.Contains(ControlMessage, belPage);
        Assert.Contains("id=\"send\"", belPage);
        Assert.Contains("value=\"Trần Văn B\"", belPage);

        // A field past the form's 4 MiB limit: too large, on a page.
        var big = await browser.PostFormAsync(form, new() { ["Kind"] = "Reflection", ["Content"] = FourMegabytes });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.StatusCode);
        Assert.Equal("text/html", big.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Dữ liệu gửi lên quá lớn.", WebUtility.HtmlDecode(await big.Content.ReadAsStringAsync()));

        // Under the limit but over a letter's length: the form names the field.
        var long_ = await browser.PostFormAsync(form, new() { ["Kind"] = "Reflection", ["Content"] = new string('a', Petition.ContentMaxLength + 1) });
        Assert.Equal(HttpStatusCode.BadRequest, long_.StatusCode);
        Assert.Contains("Nội dung đơn quá dài.", WebUtility.HtmlDecode(await long_.Content.ReadAsStringAsync()));
        Assert.Equal(before, await LettersAsync(app));

        // The same form, written as people write, is sent.
        var sent = await browser.PostFormAsync(form, new() { ["Kind"] = "Reflection", ["Content"] = "Đèn đường thôn An Điềm hỏng\r\nđã hai tuần." });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Contains("id=\"tracking-code\"", await sent.Content.ReadAsStringAsync());
        Assert.Equal(before + 1, await LettersAsync(app));
    }

    [Theory, Providers]
    public async Task A_letter_to_the_nation_a_province_a_district_or_a_village_is_refused_naming_where_letters_go(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var citizen = app.CreateClient();
        var before = await LettersAsync(app);
        async Task<string?> RefusedAsync(string unitCode, string query = "")
        {
            var r = await citizen.PostAsJsonAsync("/api/v1/public/petitions" + query, new { unitCode, kind = "Reflection", content = "Đèn đường hỏng" });
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            return (await r.ProblemAsync()).GetProperty("detail").GetString();
        }

        const string ToCommunes = "không nhận đơn thư qua cổng thông tin: đơn gửi đến Ủy ban nhân dân xã, phường, thị trấn, đặc khu nơi bạn cư trú hoặc nơi xảy ra sự việc.";
        Assert.Equal($"Việt Nam {ToCommunes}", await RefusedAsync("VN"));
        Assert.Equal($"Tỉnh Quảng Ngãi {ToCommunes}", await RefusedAsync("51"));
        Assert.Equal($"Tỉnh Quảng Ngãi {ToCommunes}", await RefusedAsync("522")); // Huyện Bình Sơn, ended in 2025: its records went to the province
        Assert.Equal("Tổ dân phố 1 không nhận đơn thư qua cổng thông tin: đơn gửi đến Xã Bình Sơn (mã 20611).", await RefusedAsync("20101.01"));
        Assert.Equal("Tổ dân phố 1 takes no letters through the portal: letters go to Xã Bình Sơn (code 20611).", await RefusedAsync("20101.01", "?lang=en"));
        Assert.Equal(before, await LettersAsync(app));

        // A commune takes them, and an old commune's code reaches the commune it was merged into.
        Assert.Equal(HttpStatusCode.Created, (await citizen.PostAsJsonAsync("/api/v1/public/petitions", new { unitCode = Commune, kind = "Reflection", content = "Đèn đường hỏng" })).StatusCode);
        var old = await (await citizen.PostAsJsonAsync("/api/v1/public/petitions", new { unitCode = "20101", kind = "Reflection", content = "Cống tắc" })).ReadAsync<PublicPetitionCreated>();
        Assert.Equal(Commune, await app.DbAsync(db => db.Set<Petition>().Where(p => p.TrackingCode == old.TrackingCode).Select(p => p.Unit!.Code).SingleAsync()));
        Assert.Equal(before + 2, await LettersAsync(app));
    }

    [Theory, Providers]
    public async Task The_form_of_a_unit_that_takes_no_letters_points_to_the_communes_that_do(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var browser = await BrowserAsync(app);
        var before = await LettersAsync(app);
        async Task<string> PageAsync(string url)
        {
            var r = await browser.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            return WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync());
        }

        // The nation: no form, its provinces, each of whose pages lists its communes of today.
        var nation = await PageAsync("/p/VN/petition");
        Assert.DoesNotContain("id=\"send\"", nation);
        Assert.Contains("Chọn tỉnh, thành phố, rồi chọn xã, phường", nation);
        Assert.Contains("href=\"/p/51/petition\">Tỉnh Quảng Ngãi</a>", nation);
        Assert.Contains("href=\"/p/68/petition\">Tỉnh Lâm Đồng</a>", nation);

        var province = await PageAsync("/p/51/petition");
        Assert.DoesNotContain("id=\"send\"", province);
        Assert.Contains("Tỉnh Quảng Ngãi không nhận đơn thư qua cổng thông tin", province);
        Assert.Contains("href=\"/p/20611/petition\">Xã Bình Sơn</a>", province);
        Assert.Contains("href=\"/p/20629/petition\">Xã Trường Giang</a>", province);
        Assert.DoesNotContain("href=\"/p/20101/petition\"", province); // Thị trấn Châu Ổ, merged in 2025
        Assert.DoesNotContain("href=\"/p/20101.01/petition\"", province); // a village

        // A village: its commune, one click away.
        var village = await PageAsync("/p/20101.01/petition");
        Assert.DoesNotContain("id=\"send\"", village);
        Assert.Contains("Tổ dân phố 1 không nhận đơn thư qua cổng thông tin: đơn gửi đến Xã Bình Sơn (mã 20611).", village);
        Assert.Contains("href=\"/p/20611/petition\"", village);

        // Posted all the same (a form kept from before, a script): refused on the page, nothing stored.
        var posted = await browser.PostFormAsync("/p/51/petition", new() { ["Kind"] = "Reflection", ["Content"] = "Đèn đường hỏng" }, formPage: $"/p/{Commune}/petition");
        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Contains("Tỉnh Quảng Ngãi không nhận đơn thư qua cổng thông tin", WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync()));
        Assert.Equal(before, await LettersAsync(app));

        // The commune's own page has the form.
        Assert.Contains("id=\"send\"", await PageAsync($"/p/{Commune}/petition"));
    }

    [Theory, Providers]
    public async Task A_tracking_code_with_a_NUL_is_refused_with_a_page_instead_of_failing(DatabaseProvider provider)
    {
        // In a query string the NUL reaches the app (in a path the server refuses the request itself): refused at the
        // edge, with the site's page saying why, not a 500.
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var browser = app.CreateClient();
        var page = await browser.GetAsync("/p/track?code=DT-AB%00CD");
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("ký tự điều khiển", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()));
    }
}

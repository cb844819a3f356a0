using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Petitions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Grassroots.Tests.Petitions;

/// <summary>
/// The citizen's letter, on the public form (<c>/p/{code}/petition</c>) and its API (<c>POST /api/v1/public/petitions</c>):
/// what no person types — a NUL or a BEL in a field, a field of 4 MB — is refused with a clear 400 or 413 in Vietnamese
/// (problem details for the API, an HTML page for the browser), never a 404 or a 500, and nothing is stored.
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
}

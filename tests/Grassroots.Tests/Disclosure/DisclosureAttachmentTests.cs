using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Disclosure;

namespace Grassroots.Tests.Disclosures;

/// <summary>Files published with a disclosure: attached by the officers of its unit, downloaded by anyone from the portal, bad files refused.</summary>
public sealed class DisclosureAttachmentTests
{
    private const string RoMen = "24971";
    private const string Budget = "Dự toán ngân sách xã năm 2027.pdf";

    internal static async Task<DisclosureDto> PublishAsync(HttpClient api, string unitCode = RoMen, int categoryId = 2, string forms = "OfficeNoticeBoard, Portal",
        string title = "Dự toán ngân sách xã năm 2027")
    {
        var r = await api.PostAsJsonAsync("/api/v1/disclosures", new
        {
            unitCode,
            categoryId,
            title,
            body = "UBND xã công khai dự toán thu, chi ngân sách năm 2027.",
            forms,
            postedFrom = "2026-11-20",
            postedTo = "2026-12-31",
        });
        return await r.ReadAsync<DisclosureDto>();
    }

    internal static MultipartFormDataContent Files(params (string Name, byte[] Content)[] files)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            content.Add(new ByteArrayContent(bytes), "file", name);
        }
        return content;
    }

    private static void AssertDownload(HttpResponseMessage r, string contentType, string fileName, byte[] content, byte[] expected)
    {
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal(contentType, r.Content.Headers.ContentType?.MediaType);
        var disposition = r.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal(fileName, disposition.FileNameStar); // filename*=UTF-8''… keeps the Vietnamese name
        Assert.NotNull(disposition.FileName); // and an ASCII fallback for old clients
        Assert.Contains("nosniff", r.Headers.GetValues("X-Content-Type-Options"));
        Assert.Equal(expected, content);
    }

    [Fact]
    public async Task Public_downloads_are_limited_per_address_with_a_clear_answer()
    {
        await using var app = await GrassrootsApp.StartAsync(DatabaseProvider.Sqlite);
        using var officer = await app.ApiAsync("cb.romen");
        var d = await PublishAsync(officer);
        var pdf = SampleFiles.Pdf("Dự toán thu, chi ngân sách xã năm 2027");
        var file = (await (await officer.PostAsync($"/api/v1/disclosures/{d.Id}/attachments", Files((Budget, pdf)))).ReadAsync<List<DisclosureAttachmentDto>>())[0];

        // Three public calls a minute for this address here (60 by default).
        await using var limited = app.WithWebHostBuilder(b => b.UseSetting("RateLimits:PublicPerMinute", "3"));
        using var citizen = limited.CreateClient();
        var api = $"/api/v1/public/units/{RoMen}/disclosures/{d.Id}/attachments/{file.Id}";
        for (var i = 0; i < 3; i++)
        {
            var r = await citizen.GetAsync(api);
            AssertDownload(r, "application/pdf", Budget, await r.Content.ReadAsByteArrayAsync(), pdf);
        }
        var refused = await citizen.GetAsync(api);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("Quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.", (await refused.ProblemAsync()).GetProperty("title").GetString());
        // The portal page's own link to the file counts against the same limit.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await citizen.GetAsync($"/p/{RoMen}/disclosures/{d.Id}?handler=file&attachmentId={file.Id}")).StatusCode);
    }

    [Theory, Providers]
    public async Task An_officer_attaches_files_and_a_citizen_downloads_them_from_the_portal(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var officer = await app.ApiAsync("cb.romen");
        var d = await PublishAsync(officer);
        var pdf = SampleFiles.Pdf("Dự toán thu, chi ngân sách xã năm 2027");
        var (docx, xlsx, png) = (SampleFiles.Docx(), SampleFiles.Xlsx(), SampleFiles.Png());

        var added = await (await officer.PostAsync($"/api/v1/disclosures/{d.Id}/attachments",
            Files((Budget, pdf), ("Quyết định công bố.docx", docx), ("Biểu mẫu số 1.xlsx", xlsx), ("Ảnh niêm yết.png", png)))).ReadAsync<List<DisclosureAttachmentDto>>();
        Assert.Equal(["application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "image/png"], added.Select(a => a.ContentType));
        Assert.All(added, a => Assert.Equal("cb.romen", a.UploadedBy));
        var read = await (await officer.GetAsync($"/api/v1/disclosures/{d.Id}")).ReadAsync<DisclosureDto>();
        Assert.Equal([Budget, "Quyết định công bố.docx", "Biểu mẫu số 1.xlsx", "Ảnh niêm yết.png"], added.Select(a => a.FileName)); // in the order sent
        Assert.Equal(added.Select(a => a.Id).Order(), read.Attachments.Select(a => a.Id).Order());
        var pdfId = added[0].Id;

        // The officer downloads through the API and through the disclosure's page.
        var viaApi = await officer.GetAsync($"/api/v1/disclosures/{d.Id}/attachments/{pdfId}");
        AssertDownload(viaApi, "application/pdf", Budget, await viaApi.Content.ReadAsByteArrayAsync(), pdf);
        using var browser = await PageClient.SignInAsync(app, "cb.romen");
        var page = await browser.Client.GetStringAsync($"/disclosures/{d.Id}");
        Assert.Contains(Budget, page);
        Assert.Contains($"/disclosures/{d.Id}?handler=file&amp;attachmentId={added[2].Id}", page);
        var viaPage = await browser.Client.GetAsync($"/disclosures/{d.Id}?handler=file&attachmentId={added[2].Id}");
        AssertDownload(viaPage, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Biểu mẫu số 1.xlsx", await viaPage.Content.ReadAsByteArrayAsync(), xlsx);

        // A citizen, without signing in: the portal lists the files and gives them.
        using var citizen = app.CreateClient();
        Assert.Contains("4 tệp đính kèm", await citizen.GetStringAsync($"/p/{RoMen}"));
        var portalPage = await citizen.GetStringAsync($"/p/{RoMen}/disclosures/{d.Id}");
        Assert.Contains(Budget, portalPage);
        var link = $"/p/{RoMen}/disclosures/{d.Id}?handler=file&attachmentId={pdfId}";
        Assert.Contains(link.Replace("&", "&amp;", StringComparison.Ordinal), portalPage);
        var fromPortal = await citizen.GetAsync(link);
        AssertDownload(fromPortal, "application/pdf", Budget, await fromPortal.Content.ReadAsByteArrayAsync(), pdf);
        var detail = await (await citizen.GetAsync($"/api/v1/public/units/{RoMen}/disclosures/{d.Id}")).ReadAsync<PortalDisclosureDetail>();
        Assert.Equal(4, detail.Attachments.Count);
        var fromPublicApi = await citizen.GetAsync($"/api/v1/public/units/{RoMen}/disclosures/{d.Id}/attachments/{added[3].Id}");
        AssertDownload(fromPublicApi, "image/png", "Ảnh niêm yết.png", await fromPublicApi.Content.ReadAsByteArrayAsync(), png);
        // A file of the disclosure asked under another unit's code is not there.
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/api/v1/public/units/24974/disclosures/{d.Id}/attachments/{pdfId}")).StatusCode);

        // The audit log names each file by its name, size and hash, never by its bytes.
        var audit = await app.DbAsync(db => db.AuditEntries.Where(e => e.EntityType == nameof(DisclosureAttachment) && e.EntityId == pdfId.ToString()).SingleAsync());
        Assert.Contains(Budget, audit.After);
        Assert.Contains(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)), audit.After);
        Assert.DoesNotContain("\"Content\"", audit.After);
        Assert.NotNull(audit.UnitId);

        // A file published by mistake comes off; it is gone from the portal too.
        Assert.Equal(HttpStatusCode.NoContent, (await officer.DeleteAsync($"/api/v1/disclosures/{d.Id}/attachments/{added[1].Id}")).StatusCode);
        Assert.Equal(3, (await (await officer.GetAsync($"/api/v1/disclosures/{d.Id}/attachments")).ReadAsync<List<DisclosureAttachmentDto>>()).Count);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/api/v1/public/units/{RoMen}/disclosures/{d.Id}/attachments/{added[1].Id}")).StatusCode);
        Assert.Equal(1, await app.DbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == nameof(DisclosureAttachment) && e.Action == Web.Platform.Audit.AuditAction.Delete)));

        // Files of a disclosure not published on the portal stay off it.
        var inside = await PublishAsync(officer, forms: "OfficeNoticeBoard, Meeting", title: "Danh sách dự kiến hộ nghèo năm 2027");
        var hidden = (await (await officer.PostAsync($"/api/v1/disclosures/{inside.Id}/attachments", Files(("Danh sách.pdf", pdf)))).ReadAsync<List<DisclosureAttachmentDto>>())[0];
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/api/v1/public/units/{RoMen}/disclosures/{inside.Id}/attachments/{hidden.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/p/{RoMen}/disclosures/{inside.Id}?handler=file&attachmentId={hidden.Id}")).StatusCode);
    }

    [Theory, Providers]
    public async Task Files_of_a_forbidden_kind_size_or_number_are_refused_with_a_clear_message_and_nothing_changes(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var officer = await app.ApiAsync("cb.romen");
        var d = await PublishAsync(officer);
        var url = $"/api/v1/disclosures/{d.Id}/attachments";
        Task<int> Count() => app.DbAsync(db => db.Set<DisclosureAttachment>().CountAsync(a => a.DisclosureId == d.Id));

        async Task<string> Refused(HttpContent content, HttpStatusCode status, string? lang = null)
        {
            var r = await officer.PostAsync(url + (lang is null ? "" : "?lang=" + lang), content);
            Assert.Equal(status, r.StatusCode);
            return (await r.ProblemAsync()).GetProperty("detail").GetString()!;
        }

        // A program renamed .pdf, with a good file beside it: the whole request is refused, the good file is not kept either.
        var exe = await Refused(Files(("Biểu mẫu.pdf", SampleFiles.Pdf()), ("hoa-don.pdf", SampleFiles.Exe())), HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("Tệp “hoa-don.pdf” không được nhận: chỉ nhận PDF, Word (.docx), Excel (.xlsx), ảnh JPEG và PNG", exe);
        Assert.Contains("only PDF, Word (.docx), Excel (.xlsx), JPEG and PNG",
            await Refused(Files(("hoa-don.pdf", SampleFiles.Exe())), HttpStatusCode.UnsupportedMediaType, "en"));
        Assert.Contains(".doc, .xls", await Refused(Files(("Tờ trình.doc", SampleFiles.LegacyDoc())), HttpStatusCode.UnsupportedMediaType));
        Assert.Contains("không được nhận", await Refused(Files(("Quyết định.docx", SampleFiles.DocxWithMacros())), HttpStatusCode.UnsupportedMediaType));
        Assert.Contains("không được nhận", await Refused(Files(("cai-dat.exe", SampleFiles.Exe())), HttpStatusCode.UnsupportedMediaType));
        Assert.Contains("Tệp “rỗng.pdf” không có nội dung", await Refused(Files(("rỗng.pdf", [])), HttpStatusCode.BadRequest));
        var big = new byte[DisclosureAttachment.MaxBytes + 1];
        "%PDF"u8.CopyTo(big);
        Assert.Contains("Tệp “Bản đồ quy hoạch.pdf” quá lớn: tối đa 20 MB", await Refused(Files(("Bản đồ quy hoạch.pdf", big)), HttpStatusCode.RequestEntityTooLarge));
        Assert.NotEmpty(await Refused(new MultipartFormDataContent { { new StringContent("x"), "note" } }, HttpStatusCode.BadRequest)); // no file at all
        Assert.NotEmpty(await Refused(JsonContent.Create(new { file = "Dự toán.pdf" }), HttpStatusCode.UnsupportedMediaType)); // not a form
        Assert.Equal(0, await Count());

        // Ten files at most.
        var ten = Enumerable.Range(1, DisclosureAttachment.MaxPerDisclosure).Select(i => ($"Phụ lục {i}.pdf", SampleFiles.Pdf())).ToArray();
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsync(url, Files(ten))).StatusCode);
        Assert.Contains("tối đa 10 tệp", await Refused(Files(("Phụ lục 11.pdf", SampleFiles.Pdf())), HttpStatusCode.Conflict));
        Assert.Equal(DisclosureAttachment.MaxPerDisclosure, await Count());

        // Someone else's disclosure, or none.
        using var other = await app.ApiAsync("cb.philieng");
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsync(url, Files(("Phụ lục.pdf", SampleFiles.Pdf())))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.PostAsync($"/api/v1/disclosures/{Guid.NewGuid()}/attachments", Files(("Phụ lục.pdf", SampleFiles.Pdf())))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"{url}/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(DisclosureAttachment.MaxPerDisclosure, await Count());
    }

    [Theory, Providers]
    public async Task The_form_publishes_a_disclosure_with_its_files_or_nothing_at_all(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var browser = await PageClient.SignInAsync(app, "cb.romen");
        List<KeyValuePair<string, string>> Form(string title) =>
        [
            new("UnitCode", RoMen), new("CategoryId", "9"), new("Title", title), new("Body", "Danh sách hộ nghèo, hộ cận nghèo năm 2027 (dự kiến)."),
            new("FormList", "OfficeNoticeBoard"), new("FormList", "Portal"), new("PostedFrom", "2026-11-23"), new("PostedTo", "2026-12-31"),
        ];
        var before = await app.DbAsync(db => db.Set<Disclosure>().CountAsync());

        // One bad file among good ones: the page says which and why, and keeps nothing.
        var refused = await browser.PostMultipartAsync("/disclosures", Form("Danh sách hộ nghèo 2027"),
            [("Files", "Danh sách.xlsx", SampleFiles.Xlsx()), ("Files", "virus.pdf", SampleFiles.Exe())]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Tệp “virus.pdf” không được nhận", await refused.Content.ReadAsStringAsync());
        Assert.Equal(before, await app.DbAsync(db => db.Set<Disclosure>().CountAsync()));
        Assert.Equal(0, await app.DbAsync(db => db.Set<DisclosureAttachment>().CountAsync(a => a.FileName == "Danh sách.xlsx")));

        // The same with good files, and a name that tries to be HTML: stored cleaned, shown as text.
        var ok = await browser.PostMultipartAsync("/disclosures", Form("Danh sách hộ nghèo 2027"),
            [("Files", "Danh sách.xlsx", SampleFiles.Xlsx()), ("Files", "C:\\Users\\cb\\<img src=x onerror=alert(1)>Q&A 'quý 4'.pdf", SampleFiles.Pdf())]);
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var saved = await app.DbAsync(db => db.Set<Disclosure>().Include(x => x.Attachments).SingleAsync(x => x.Title == "Danh sách hộ nghèo 2027"));
        Assert.Equal(["Danh sách.xlsx", "img src=x onerror=alert(1)Q&A 'quý 4'.pdf"], saved.Attachments.Select(a => a.FileName).Order(StringComparer.Ordinal));
        using var citizen = app.CreateClient();
        var html = await citizen.GetStringAsync($"/p/{RoMen}/disclosures/{saved.Id}");
        Assert.Contains("img src=x onerror=alert(1)Q&amp;A &#x27;quý 4&#x27;.pdf", html);
        Assert.DoesNotContain("<img", html);

        // More files on the disclosure's page; a refused one leaves the page with its message.
        var page = $"/disclosures/{saved.Id}";
        var more = await browser.PostMultipartAsync($"{page}?handler=Attach", [], [("upload", "Ảnh niêm yết.png", SampleFiles.Png())], page);
        Assert.Equal(HttpStatusCode.Redirect, more.StatusCode);
        var bad = await browser.PostMultipartAsync($"{page}?handler=Attach", [], [("upload", "Tờ trình.doc", SampleFiles.LegacyDoc())], page);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Tệp “Tờ trình.doc” không được nhận", await bad.Content.ReadAsStringAsync());
        Assert.Equal(3, await app.DbAsync(db => db.Set<DisclosureAttachment>().CountAsync(a => a.DisclosureId == saved.Id)));
    }
}

using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;

namespace Grassroots.Tests.Disclosures;

/// <summary>The unit-scope cases of the Disclosure module (Platform/UnitScopeEveryEndpointTests).</summary>
public sealed class DisclosureScopeCases : ScopeCases
{
    public override async Task ArrangeAsync(ScopeTarget b)
    {
        var disclosure = await (await b.Admin.PostAsJsonAsync("/api/v1/disclosures", new
        {
            unitCode = b.HolderCode,
            categoryId = 2,
            title = "Dự toán ngân sách của bên B",
            body = "Chi tiết",
            forms = "OfficeNoticeBoard, Portal",
            postedFrom = "2026-11-01",
            postedTo = "2026-11-30",
        })).ReadAsync<Web.Modules.Disclosure.DisclosureDto>();
        var file = (await (await b.Admin.PostAsync($"/api/v1/disclosures/{disclosure.Id}/attachments", Pdf("Dự toán ngân sách.pdf")))
            .ReadAsync<List<Web.Modules.Disclosure.DisclosureAttachmentDto>>())[0];
        b.Set("disclosure", disclosure.Id);
        b.Set("disclosureFile", file.Id);
    }

    /// <summary>The disclosure page's file and its forms answer the same way (the token comes from the officer's own list page).</summary>
    public override async Task PageFormsAsync(PageClient a, ScopeTarget b)
    {
        var id = b.Id("disclosure");
        var file = b.Id("disclosureFile");
        Assert.Equal(HttpStatusCode.Forbidden, (await a.Client.GetAsync($"/disclosures/{id}?handler=file&attachmentId={file}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await a.PostFormAsync($"/disclosures/{id}?handler=Remove&attachmentId={file}", new(), "/disclosures")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await a.PostMultipartAsync($"/disclosures/{id}?handler=Attach", [], [("upload", "la.pdf", "%PDF-1.4"u8.ToArray())], "/disclosures")).StatusCode);
    }

    public override IReadOnlyDictionary<string, ApiCase> Api { get; } = new Dictionary<string, ApiCase>
    {
        ["GET /api/v1/disclosures/categories"] = async (c, b) =>
            Assert.Equal(HttpStatusCode.OK, (await c.GetAsync("/api/v1/disclosures/categories")).StatusCode), // the law's list, the same for all
        ["POST /api/v1/disclosures/categories"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/disclosures/categories",
            new { number = 15, name = "Mục mới", article = "Điều 11", audience = "Commune", minimumPostingDays = 30, loudspeakerDays = 0 })),
        ["PUT /api/v1/disclosures/categories/{id:int}"] = (c, b) => Denied(c.PutAsJsonAsync("/api/v1/disclosures/categories/1",
            new { number = 1, name = "Đổi tên", article = "Điều 11", audience = "Commune", minimumPostingDays = 1, loudspeakerDays = 0 })),
        ["GET /api/v1/disclosures/"] = async (c, b) =>
            Assert.DoesNotContain(await (await c.GetAsync("/api/v1/disclosures")).ReadAsync<List<Web.Modules.Disclosure.DisclosureDto>>(), d => d.Id == b.Id("disclosure")),
        ["POST /api/v1/disclosures/"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/disclosures",
            new { unitCode = b.HolderCode, categoryId = 1, title = "X", body = "Y", forms = "Portal", postedFrom = "2026-11-20" })),
        ["GET /api/v1/disclosures/{id:guid}"] = (c, b) => Denied(c.GetAsync($"/api/v1/disclosures/{b.Id("disclosure")}")),
        ["GET /api/v1/disclosures/{id:guid}/attachments"] = (c, b) => Denied(c.GetAsync($"/api/v1/disclosures/{b.Id("disclosure")}/attachments")),
        ["POST /api/v1/disclosures/{id:guid}/attachments"] = (c, b) => Denied(c.PostAsync($"/api/v1/disclosures/{b.Id("disclosure")}/attachments", Pdf())),
        ["GET /api/v1/disclosures/{id:guid}/attachments/{attachmentId:guid}"] = (c, b) =>
            Denied(c.GetAsync($"/api/v1/disclosures/{b.Id("disclosure")}/attachments/{b.Id("disclosureFile")}")),
        ["DELETE /api/v1/disclosures/{id:guid}/attachments/{attachmentId:guid}"] = (c, b) =>
            Denied(c.DeleteAsync($"/api/v1/disclosures/{b.Id("disclosure")}/attachments/{b.Id("disclosureFile")}")),
        ["GET /api/v1/public/units/{unitCode}/disclosures/{id:guid}"] = async (c, b) =>
            Assert.Equal(HttpStatusCode.OK, (await c.GetAsync($"/api/v1/public/units/{b.HolderCode}/disclosures/{b.Id("disclosure")}")).StatusCode), // published on the portal
        ["GET /api/v1/public/units/{unitCode}/disclosures/{id:guid}/attachments/{attachmentId:guid}"] = async (c, b) =>
            Assert.Equal(HttpStatusCode.OK, (await c.GetAsync($"/api/v1/public/units/{b.HolderCode}/disclosures/{b.Id("disclosure")}/attachments/{b.Id("disclosureFile")}")).StatusCode),
        ["GET /api/v1/statistics/disclosure"] = (c, b) => Denied(c.GetAsync($"/api/v1/statistics/disclosure?unit={b.HolderCode}&from=2026-01-01&to=2026-12-31")),
        ["GET /api/v1/public/units/{unitCode}/disclosures"] = async (c, b) =>
            Assert.Equal(HttpStatusCode.OK, (await c.GetAsync($"/api/v1/public/units/{b.HolderCode}/disclosures")).StatusCode), // published by law
    };

    public override IReadOnlyDictionary<string, PageCase> Pages { get; } = new Dictionary<string, PageCase>
    {
        ["/disclosures"] = PageCase.Hides(_ => "/disclosures", b => $"/disclosures/{b.Id("disclosure")}"),
        ["/disclosures/compliance"] = PageCase.Refused(b => $"/disclosures/compliance?unit={b.HolderCode}"),
        ["/disclosures/{id:guid}"] = PageCase.Refused(b => $"/disclosures/{b.Id("disclosure")}"),
        ["/disclosures/categories"] = PageCase.Own("/disclosures/categories"), // the law's list: read by all, changed only from the nation unit
        ["/p/{unitCode}/disclosures/{id:guid}"] = PageCase.Public(b => $"/p/{b.HolderCode}/disclosures/{b.Id("disclosure")}"), // published by law
    };

    public override async Task<string> SnapshotAsync(AppDbContext db) =>
        string.Join("|", await db.Set<Web.Modules.Disclosure.Disclosure>().CountAsync(), await db.Set<Web.Modules.Disclosure.DisclosureCategory>().CountAsync(),
            await db.Set<Web.Modules.Disclosure.DisclosureAttachment>().CountAsync(),
            string.Join(",", await db.Set<Web.Modules.Disclosure.DisclosureCategory>().OrderBy(x => x.Id).Select(x => x.Name + x.MinimumPostingDays).ToListAsync()));
}

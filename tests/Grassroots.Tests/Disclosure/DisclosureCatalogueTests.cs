using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Disclosure;

namespace Grassroots.Tests.Disclosures;

/// <summary>Each kind of unit discloses against its own catalogue: communes to residents, agencies to their staff, enterprises to their workers.</summary>
public sealed class DisclosureCatalogueTests
{
    private const string Enterprise = "68.CTTHU";
    private const string Agency = "68.STP";
    private const string RoMen = "24971";

    private static async Task<HttpResponseMessage> PublishAsync(HttpClient api, string unitCode, int categoryId, string from = "2026-09-01", string? to = "2026-09-01",
        string forms = "OfficeNoticeBoard, Meeting") =>
        await api.PostAsJsonAsync("/api/v1/disclosures", new { unitCode, categoryId, title = $"Công khai mục {categoryId}", body = "Nội dung", forms, postedFrom = from, postedTo = to });

    private static async Task CreateUnitAsync(HttpClient admin, string code, string name, string kind, string parentCode) =>
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/units", new { code, name, kind, parentCode, validFrom = "2025-07-01" })).StatusCode);

    [Theory, Providers]
    public async Task An_enterprise_is_judged_against_the_enterprise_catalogue(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var admin = await app.ApiAsync("admin");
        await CreateUnitAsync(admin, Enterprise, "Công ty TNHH Chế biến nông sản Đạ Tẻh", "Enterprise", "68");
        using var api = await app.ApiAsync("qt.lamdong");

        var catalogue = await (await api.GetAsync("/api/v1/disclosures/categories?audience=Enterprise")).ReadAsync<List<DisclosureCategory>>();
        Assert.All(catalogue, c => Assert.Equal(DisclosureAudience.Enterprise, c.Audience));
        Assert.Contains(catalogue, c => c.Name.Contains("Thỏa ước lao động tập thể", StringComparison.Ordinal));
        Assert.Contains(catalogue, c => c.Name.Contains("bảo hiểm xã hội", StringComparison.Ordinal));
        var mandatory = catalogue.Where(c => c.IsMandatory).ToList();
        var plan = mandatory.Single(c => c.Number == 1);
        var rules = mandatory.Single(c => c.Name == "Quy chế dân chủ ở cơ sở tại nơi làm việc");

        // The work rules announced at the workers' conference; the production plan posted a week.
        Assert.Equal(HttpStatusCode.Created, (await PublishAsync(api, Enterprise, rules.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PublishAsync(api, Enterprise, plan.Id, "2026-03-02", "2026-03-09")).StatusCode);

        var c = await (await api.GetAsync($"/api/v1/statistics/disclosure?unit={Enterprise}&from=2026-01-01&to=2026-11-23")).ReadAsync<ComplianceDto>();
        var row = Assert.Single(c.Units);
        Assert.Equal(DisclosureAudience.Enterprise, row.Audience);
        Assert.Equal(UnitKind.Enterprise, row.Kind);
        Assert.Equal(mandatory.Select(x => x.Id).Order(), row.Cells.Select(x => x.CategoryId).Order()); // its own catalogue, nothing of a commune's
        Assert.Equal(ComplianceState.Compliant, row.Cells.Single(x => x.CategoryId == rules.Id).State);
        Assert.Equal(ComplianceState.Compliant, row.Cells.Single(x => x.CategoryId == plan.Id).State);
        Assert.Equal(mandatory.Count - 2, row.Missing);
        Assert.DoesNotContain(row.Cells, x => x.LoudspeakerRequired > 0);

        // The province sees it among its communes and agencies, each judged by its own kind, with sums per catalogue.
        using var province = await app.ApiAsync("ld.lamdong");
        var up = await (await province.GetAsync("/api/v1/statistics/disclosure?unit=68&from=2026-01-01&to=2026-11-23")).ReadAsync<ComplianceDto>();
        Assert.Equal(2, up.Units.Single(r => r.UnitCode == Enterprise).Compliant);
        Assert.Equal(14, up.Units.Single(r => r.UnitCode == RoMen).Total);
        Assert.Equal([DisclosureAudience.Commune, DisclosureAudience.Agency, DisclosureAudience.Enterprise], up.Audiences.Select(a => a.Audience));
        var enterprises = up.Audiences.Single(a => a.Audience == DisclosureAudience.Enterprise);
        Assert.Equal(up.Units.Count(r => r.Audience == DisclosureAudience.Enterprise), enterprises.Units);
        Assert.True(enterprises.Units >= 3); // the demo's enterprises too
        Assert.Equal(up.Compliant, up.Audiences.Sum(a => a.Compliant));

        // The page says which catalogue the enterprise is judged against.
        using var browser = await PageClient.SignInAsync(app, "qt.lamdong");
        var page = await browser.Client.GetStringAsync($"/disclosures/compliance?unit={Enterprise}&from=2026-01-01&to=2026-11-23");
        Assert.Contains("được đánh giá theo danh mục “Doanh nghiệp”", page);
        Assert.Contains("Thỏa ước lao động tập thể", page);
        Assert.DoesNotContain("Dự toán ngân sách, tình hình thực hiện dự toán", page);
    }

    [Theory, Providers]
    public async Task A_category_of_another_kind_an_unknown_one_or_a_unit_without_a_catalogue_is_refused(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var admin = await app.ApiAsync("admin");
        await CreateUnitAsync(admin, Enterprise, "Công ty TNHH Chế biến nông sản Đạ Tẻh", "Enterprise", "68");
        await CreateUnitAsync(admin, Agency, "Sở Tư pháp", "Agency", "68");
        using var api = await app.ApiAsync("qt.lamdong");
        var before = await app.DbAsync(db => db.Set<Disclosure>().CountAsync());

        // The commune budget item on an enterprise, and an enterprise item on a commune.
        var wrong = await PublishAsync(api, Enterprise, 2);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("thuộc danh mục “Cấp xã”, không áp dụng cho “Công ty TNHH Chế biến nông sản Đạ Tẻh” (Doanh nghiệp)", (await wrong.ProblemAsync()).GetProperty("detail").GetString());
        var english = await api.PostAsJsonAsync("/api/v1/disclosures?lang=en",
            new { unitCode = Enterprise, categoryId = 2, title = "X", body = "Y", forms = "Meeting", postedFrom = "2026-09-01" });
        Assert.Contains("belongs to the “Commune” catalogue", (await english.ProblemAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await PublishAsync(api, RoMen, DisclosureCatalogue.EnterpriseIds + 1)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PublishAsync(api, Agency, DisclosureCatalogue.EnterpriseIds + 1)).StatusCode);
        var unknown = await PublishAsync(api, RoMen, 9999);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Không tìm thấy nội dung công khai trong danh mục", (await unknown.ProblemAsync()).GetProperty("errors").GetProperty("categoryId")[0].GetString());
        var front = await app.DbAsync(db => db.Units.Where(u => u.Kind == UnitKind.Organisation && u.Path.StartsWith("/VN/68/") && u.ValidTo == null).Select(u => u.Code).FirstAsync());
        var noCatalogue = await PublishAsync(api, front, 2);
        Assert.Equal(HttpStatusCode.BadRequest, noCatalogue.StatusCode);
        Assert.Contains("không có danh mục nội dung phải công khai", (await noCatalogue.ProblemAsync()).GetProperty("detail").GetString());
        Assert.Equal(before, await app.DbAsync(db => db.Set<Disclosure>().CountAsync()));

        // The agency's own catalogue is fine; the form offers each unit's catalogue beside it.
        Assert.Equal(HttpStatusCode.Created, (await PublishAsync(api, Agency, DisclosureCatalogue.AgencyIds + 2, "2026-09-01", "2026-10-15")).StatusCode);
        using var browser = await PageClient.SignInAsync(app, "qt.lamdong");
        var form = await browser.Client.GetStringAsync("/disclosures");
        Assert.Contains($"<option value=\"{Enterprise}\" data-audience=\"Enterprise\">", form);
        Assert.Contains($"<option value=\"{Agency}\" data-audience=\"Agency\">", form);
        Assert.Contains("<optgroup label=\"Doanh nghiệp\" data-audience=\"Enterprise\">", form);
        Assert.DoesNotContain($"<option value=\"{front}\"", form); // no catalogue, not offered
    }

    [Theory, Providers]
    public async Task Administrators_keep_the_catalogues_up_to_date_with_their_notes(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var admin = await app.ApiAsync("admin");

        // A new item for enterprises: it takes the next free id after the seeded ones (on PostgreSQL too) and counts at once.
        var added = await (await admin.PostAsJsonAsync("/api/v1/disclosures/categories", new
        {
            number = 12,
            name = "Kết quả đối thoại định kỳ tại nơi làm việc",
            article = "Điều 63 Bộ luật Lao động 2019",
            audience = "Enterprise",
            minimumPostingDays = 1,
            loudspeakerDays = 0,
            note = "Thêm theo kiến nghị của Liên đoàn Lao động tỉnh; chưa đối chiếu nguyên văn.",
        })).ReadAsync<DisclosureCategory>();
        Assert.True(added.Id > DisclosureCatalogue.EnterpriseIds + DisclosureCatalogue.Enterprise.Length, $"id {added.Id}");
        Assert.Equal("Thêm theo kiến nghị của Liên đoàn Lao động tỉnh; chưa đối chiếu nguyên văn.", added.Note);
        var second = await (await admin.PostAsJsonAsync("/api/v1/disclosures/categories",
            new { number = 12, name = "Nội dung khác", article = "Điều 46", audience = "Agency", minimumPostingDays = 30, loudspeakerDays = 0 })).ReadAsync<DisclosureCategory>();
        Assert.Equal(added.Id + 1, second.Id);
        using var province = await app.ApiAsync("ld.lamdong");
        var c = await (await province.GetAsync("/api/v1/statistics/disclosure?unit=675.LNDR&from=2026-01-01&to=2026-11-23")).ReadAsync<ComplianceDto>();
        Assert.Equal(ComplianceState.Missing, c.Units.Single().Cells.Single(x => x.CategoryId == added.Id).State);

        // The note of a seeded item says what was not verified; an administrator corrects it.
        var asset = (await (await admin.GetAsync("/api/v1/disclosures/categories?audience=Agency")).ReadAsync<List<DisclosureCategory>>()).Single(x => x.Number == 9);
        Assert.Contains("chưa đối chiếu", asset.Note);
        Assert.Equal(15, asset.MinimumPostingDays);
        var corrected = await (await admin.PutAsJsonAsync($"/api/v1/disclosures/categories/{asset.Id}", new
        {
            number = 9,
            name = asset.Name,
            article = asset.Article,
            audience = "Agency",
            minimumPostingDays = 15,
            loudspeakerDays = 0,
            note = "Đã đối chiếu Điều 11 Nghị định 130/2020/NĐ-CP.",
        })).ReadAsync<DisclosureCategory>();
        Assert.Equal("Đã đối chiếu Điều 11 Nghị định 130/2020/NĐ-CP.", corrected.Note);

        // An item already used by agencies' disclosures keeps its catalogue.
        var used = DisclosureCatalogue.AgencyIds + 2;
        Assert.True(await app.DbAsync(db => db.Set<Disclosure>().AnyAsync(d => d.CategoryId == used)), "the demo's agencies disclosed their work plans");
        var move = await admin.PutAsJsonAsync($"/api/v1/disclosures/categories/{used}",
            new { number = 15, name = "Kế hoạch công tác", article = "Điều 11", audience = "Commune", minimumPostingDays = 30, loudspeakerDays = 0 });
        Assert.Equal(HttpStatusCode.Conflict, move.StatusCode);
        Assert.Equal(DisclosureAudience.Agency, await app.DbAsync(db => db.Set<DisclosureCategory>().Where(x => x.Id == used).Select(x => x.Audience).SingleAsync()));

        // The catalogue page: grouped by catalogue, notes shown, an add form per catalogue for the nation's administrators only.
        using var officer = await PageClient.SignInAsync(app, "cb.romen");
        var readOnly = await officer.Client.GetStringAsync("/disclosures/categories");
        Assert.Contains("id=\"catalogue-Enterprise\"", readOnly);
        Assert.Contains("Đã đối chiếu Điều 11 Nghị định 130/2020/NĐ-CP.", readOnly);
        Assert.DoesNotContain("handler=Add", readOnly);
        using var root = await PageClient.SignInAsync(app, "admin");
        var response = await root.PostFormAsync("/disclosures/categories?handler=Add", new()
        {
            ["Audience"] = "Commune",
            ["Number"] = "15",
            ["Name"] = "Kết quả thực hiện hương ước, quy ước",
            ["Article"] = "Nghị định 61/2023/NĐ-CP",
            ["MinimumPostingDays"] = "30",
            ["LoudspeakerDays"] = "0",
            ["Note"] = "Thử thêm mục",
        }, "/disclosures/categories");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var fromPage = await app.DbAsync(db => db.Set<DisclosureCategory>().SingleAsync(x => x.Name == "Kết quả thực hiện hương ước, quy ước"));
        Assert.False(fromPage.IsMandatory); // the box was left unticked
        Assert.Equal(DisclosureAudience.Commune, fromPage.Audience);
    }
}

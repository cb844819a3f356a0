using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Disclosure;

namespace Grassroots.Tests.Disclosures;

/// <summary>Disclosures judged against the catalogue (L10 Điều 11–12): posted long enough, on the loudspeaker where the law says, rolled up to the province.</summary>
public sealed class DisclosureComplianceTests
{
    private const string Commune = "68999";

    [Theory, Providers]
    public async Task Disclosures_are_judged_against_the_catalogue_and_rolled_up(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        // A commune of its own, so the demo's disclosures do not mix in.
        using var admin = await app.ApiAsync("admin");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/units", new { code = Commune, name = "Xã Đạ Tẻh Thử", kind = "Commune", parentCode = "68", validFrom = "2025-07-01" })).StatusCode);
        using var api = await app.ApiAsync("qt.lamdong");
        async Task<HttpResponseMessage> Publish(int category, string from, string? to, string forms, int speaker = 0, string title = "Công khai") =>
            await api.PostAsJsonAsync("/api/v1/disclosures", new { unitCode = Commune, categoryId = category, title, body = "Nội dung chi tiết", forms, postedFrom = from, postedTo = to, loudspeakerDays = speaker });

        var before = await app.DbAsync(db => db.Set<Disclosure>().CountAsync());
        // An end before the start: a clear message, nothing saved.
        var backwards = await Publish(2, "2026-10-10", "2026-10-01", "OfficeNoticeBoard");
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains("Ngày kết thúc niêm yết phải sau", (await backwards.ProblemAsync()).GetProperty("errors").GetProperty("postedTo")[0].GetString());
        Assert.Equal(before, await app.DbAsync(db => db.Set<Disclosure>().CountAsync()));

        Assert.Equal(HttpStatusCode.Created, (await Publish(1, "2026-09-01", "2026-10-15", "OfficeNoticeBoard, Portal", title: "<script>alert('x')</script>Kế hoạch 2027")).StatusCode);
        var shortOne = await (await Publish(2, "2026-09-01", "2026-09-10", "OfficeNoticeBoard, Portal", title: "Dự toán ngân sách 2026")).ReadAsync<DisclosureDto>();
        Assert.Equal(ComplianceState.TooShort, shortOne.State);
        Assert.Equal(HttpStatusCode.Created, (await Publish(9, "2026-09-01", "2026-10-15", "OfficeNoticeBoard")).StatusCode); // no loudspeaker

        var c = await (await api.GetAsync($"/api/v1/statistics/disclosure?unit={Commune}&from=2026-08-01&to=2026-11-23")).ReadAsync<ComplianceDto>();
        var cells = c.Units.Single().Cells;
        Assert.Equal(ComplianceState.Compliant, cells.Single(x => x.Number == 1).State);
        Assert.Equal(ComplianceState.TooShort, cells.Single(x => x.Number == 2).State);
        Assert.Equal(10, cells.Single(x => x.Number == 2).PostedDays);
        Assert.Equal(ComplianceState.NoLoudspeaker, cells.Single(x => x.Number == 9).State);
        Assert.Equal(ComplianceState.Missing, cells.Single(x => x.Number == 14).State);

        // The province sees Rô Men among its communes, with the same counts.
        using var province = await app.ApiAsync("ld.lamdong");
        var up = await (await province.GetAsync("/api/v1/statistics/disclosure?unit=68&from=2026-08-01&to=2026-11-23")).ReadAsync<ComplianceDto>();
        var row = up.Units.Single(r => r.UnitCode == Commune);
        Assert.Equal(1, row.TooShort);
        Assert.True(up.TooShort >= 1);

        // The portal shows the title as text, never as a script.
        var portal = app.CreateClient();
        var home = await portal.GetStringAsync($"/p/{Commune}");
        Assert.Contains("Dự toán ngân sách 2026", home);
        Assert.DoesNotContain("<script>alert", home);
        Assert.Contains("&lt;script&gt;", home);
        var page = await portal.GetAsync($"/p/{Commune}/disclosures/{shortOne.Id}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        // The catalogue: only administrators of the nation change it.
        using var officer = await app.ApiAsync("cb.romen");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PutAsJsonAsync("/api/v1/disclosures/categories/2",
            new { number = 2, name = "x", article = "y", audience = "Commune", minimumPostingDays = 5, loudspeakerDays = 0 })).StatusCode);
        var edited = await (await admin.PutAsJsonAsync("/api/v1/disclosures/categories/2",
            new { number = 2, name = "Dự toán, quyết toán ngân sách", article = "Khoản 2 Điều 11", audience = "Commune", minimumPostingDays = 5, loudspeakerDays = 0 })).ReadAsync<DisclosureCategory>();
        Assert.Equal(5, edited.MinimumPostingDays);
        var after = await (await api.GetAsync($"/api/v1/statistics/disclosure?unit={Commune}&from=2026-08-01&to=2026-11-23")).ReadAsync<ComplianceDto>();
        Assert.Equal(ComplianceState.Compliant, after.Units.Single().Cells.Single(x => x.Number == 2).State);
    }

    [Theory]
    [InlineData(2, "2026-09-01", "2026-09-10", DisclosureForms.OfficeNoticeBoard, 0, ComplianceState.TooShort)]
    [InlineData(2, "2026-09-01", "2026-09-30", DisclosureForms.OfficeNoticeBoard, 0, ComplianceState.Compliant)]
    [InlineData(2, "2026-11-10", null, DisclosureForms.OfficeNoticeBoard, 0, ComplianceState.Ongoing)]
    [InlineData(9, "2026-09-01", "2026-10-30", DisclosureForms.OfficeNoticeBoard, 0, ComplianceState.NoLoudspeaker)]
    [InlineData(9, "2026-09-01", "2026-10-30", DisclosureForms.OfficeNoticeBoard | DisclosureForms.Loudspeaker, 2, ComplianceState.NoLoudspeaker)]
    [InlineData(9, "2026-09-01", "2026-10-30", DisclosureForms.OfficeNoticeBoard | DisclosureForms.Loudspeaker, 3, ComplianceState.Compliant)]
    public void Postings_last_thirty_days_and_items_seven_to_twelve_go_on_the_loudspeaker(int item, string from, string? to, DisclosureForms forms, int speaker, ComplianceState expected)
    {
        var category = DisclosureCatalogue.Commune.Single(c => c.Number == item);
        var check = DisclosureRules.Check(category, DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), forms, speaker, new DateOnly(2026, 11, 23));
        Assert.Equal(expected, check.State);
    }

    [Fact]
    public void The_commune_catalogue_has_fourteen_items_and_six_on_the_loudspeaker()
    {
        Assert.Equal(14, DisclosureCatalogue.Commune.Length);
        Assert.Equal([7, 8, 9, 10, 11, 12], DisclosureCatalogue.Commune.Where(c => c.LoudspeakerDays >= 3).Select(c => c.Number));
        Assert.All(DisclosureCatalogue.Commune, c => Assert.Equal(30, c.MinimumPostingDays));
    }
}

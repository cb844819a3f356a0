using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Consultations;

namespace Grassroots.Tests.Consultations;

/// <summary>People comment on drafts — through the API and the portal, acknowledged once stored, the answered summary published after the window.</summary>
public sealed class ConsultationTests
{
    private const string RoMen = "24971";

    [Theory, Providers]
    public async Task Comments_are_acknowledged_once_stored_and_the_summary_goes_public(DatabaseProvider provider)
    {
        await using var app = await GrassrootsApp.StartAsync(provider);
        using var api = await app.ApiAsync("cb.romen");
        var c = await (await api.PostAsJsonAsync("/api/v1/consultations", new
        {
            unitCode = RoMen,
            subject = "LandUsePlan",
            title = "Dự thảo kế hoạch sử dụng đất năm 2027",
            body = "Toàn văn dự thảo đính kèm tại trụ sở UBND xã.",
            opensOn = "2026-11-20",
            closesOn = "2026-12-05",
            commenters = "Anyone"
        })).ReadAsync<ConsultationDto>();
        var portal = app.CreateClient();
        var ok = await portal.PostAsJsonAsync($"/api/v1/public/consultations/{c.Id}/comments", new { text = "Đề nghị giữ đất trồng lúa ở cánh đồng thôn 2.\n<script>alert(1)</script>" });
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        var id = (await ok.ReadAsync<CommentAccepted>()).Id;
        Assert.True(await app.DbAsync(db => db.Set<ConsultationComment>().AnyAsync(x => x.Id == id)));

        var tooLong = await portal.PostAsJsonAsync($"/api/v1/public/consultations/{c.Id}/comments", new { text = new string('ý', ConsultationComment.MaxLength + 1) });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("quá dài", (await tooLong.ProblemAsync()).GetProperty("errors").GetProperty("text")[0].GetString());
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync($"/api/v1/consultations/{c.Id}/comments", new { text = "Ý kiến tại hội nghị thôn 3", channel = "Meeting", authorName = "Ông Kră Jăn Ha" })).StatusCode);
        Assert.Equal(2, await app.DbAsync(db => db.Set<Consultation>().Where(x => x.Id == c.Id).Select(x => x.CommentCount).FirstAsync()));

        var page = await portal.GetStringAsync($"/p/{RoMen}/consultations/{c.Id}");
        Assert.Contains("Ý kiến đã nhận (2)", page);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page);
        Assert.DoesNotContain("<script>alert(1)", page);
        Assert.DoesNotContain("Kră Jăn Ha", page); // who commented stays off the portal

        await api.PostAsJsonAsync($"/api/v1/consultations/{c.Id}/groups", new { title = "Giữ đất trồng lúa", comments = 1, answer = "Accepted", response = "Điều chỉnh phương án, giữ 12 ha đất lúa." });
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsJsonAsync($"/api/v1/consultations/{c.Id}/summary", new { intro = "Tổng hợp" })).StatusCode);
        app.Clock.Advance(TimeSpan.FromDays(13));
        using var officer = await app.ApiAsync("cb.romen");
        var closed = await portal.PostAsJsonAsync($"/api/v1/public/consultations/{c.Id}/comments", new { text = "Muộn" });
        Assert.Equal(HttpStatusCode.Conflict, closed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"/api/v1/consultations/{c.Id}/summary", new { intro = "UBND xã đã nhận 2 ý kiến." })).StatusCode);
        var published = await portal.GetStringAsync($"/p/{RoMen}/consultations/{c.Id}");
        Assert.Contains("Điều chỉnh phương án, giữ 12 ha đất lúa.", published);
        Assert.Contains("Tiếp thu", published);
        var summary = WordText(await (await officer.GetAsync($"/api/v1/consultations/{c.Id}/summary.docx")).Content.ReadAsByteArrayAsync());
        Assert.Contains("Giữ đất trồng lúa", summary);
        Assert.Contains("Tổng số ý kiến nhận được: 2 ý kiến", summary);

        // Household representatives only: a code from the unit is needed.
        var households = await officer.PostAsJsonAsync("/api/v1/consultations", new
        {
            unitCode = RoMen,
            subject = "DemocracyRegulation",
            title = "Quy chế dân chủ",
            body = "Dự thảo",
            opensOn = "2026-12-06",
            closesOn = "2026-12-20",
            commenters = "HouseholdRepresentatives"
        });
        var h = await households.ReadAsync<ConsultationDto>();
        var noCode = await portal.PostAsJsonAsync($"/api/v1/public/consultations/{h.Id}/comments", new { text = "Ý kiến" });
        Assert.Equal(HttpStatusCode.BadRequest, noCode.StatusCode);
        Assert.Contains("mã hộ", (await noCode.ProblemAsync()).GetProperty("detail").GetString());
    }

    private static string WordText(byte[] bytes)
    {
        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(bytes), false);
        return string.Join("\n", doc.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }
}

using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;

namespace Grassroots.Tests.Consultations;

/// <summary>The unit-scope cases of the Consultations module (Platform/UnitScopeEveryEndpointTests).</summary>
public sealed class ConsultationsScopeCases : ScopeCases
{
    public override async Task ArrangeAsync(ScopeTarget b)
    {
        var consultation = await (await b.Admin.PostAsJsonAsync("/api/v1/consultations", new
        {
            unitCode = b.HolderCode,
            subject = "LandUsePlan",
            title = "Kế hoạch sử dụng đất của bên B",
            body = "Dự thảo",
            opensOn = "2026-12-10",
            closesOn = "2026-12-31",
            commenters = "Anyone",
        })).ReadAsync<Web.Modules.Consultations.ConsultationDto>();
        b.Set("consultation", consultation.Id);
    }

    public override IReadOnlyDictionary<string, ApiCase> Api { get; } = new Dictionary<string, ApiCase>
    {
        ["GET /api/v1/consultations/{id:guid}/summary.docx"] = (c, b) => Denied(c.GetAsync($"/api/v1/consultations/{b.Id("consultation")}/summary.docx")),
        ["GET /api/v1/consultations/"] = async (c, b) =>
            Assert.DoesNotContain(await (await c.GetAsync("/api/v1/consultations")).ReadAsync<List<Web.Modules.Consultations.ConsultationDto>>(), x => x.Id == b.Id("consultation")),
        ["POST /api/v1/consultations/"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/consultations", new
        {
            unitCode = b.HolderCode,
            subject = "Other",
            title = "X",
            body = "Y",
            opensOn = "2026-11-23",
            closesOn = "2026-11-30",
            commenters = "Anyone"
        })),
        ["GET /api/v1/consultations/{id:guid}"] = (c, b) => Denied(c.GetAsync($"/api/v1/consultations/{b.Id("consultation")}")),
        ["GET /api/v1/consultations/{id:guid}/comments"] = (c, b) => Denied(c.GetAsync($"/api/v1/consultations/{b.Id("consultation")}/comments")),
        ["POST /api/v1/consultations/{id:guid}/comments"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/consultations/{b.Id("consultation")}/comments", new { text = "x", channel = "Meeting" })),
        ["POST /api/v1/consultations/{id:guid}/groups"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/consultations/{b.Id("consultation")}/groups",
            new { title = "x", comments = 1, answer = "Accepted", response = "y" })),
        ["POST /api/v1/consultations/{id:guid}/summary"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/consultations/{b.Id("consultation")}/summary", new { intro = "x" })),
        ["GET /api/v1/public/consultations/{id:guid}"] = async (c, b) =>
            Assert.Equal(HttpStatusCode.OK, (await c.GetAsync($"/api/v1/public/consultations/{b.Id("consultation")}")).StatusCode), // public by design
        ["GET /api/v1/public/consultations/{id:guid}/comments"] = async (c, b) =>
        {
            var r = await c.GetAsync($"/api/v1/public/consultations/{b.Id("consultation")}/comments");
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.DoesNotContain("Người Bên B", await r.Content.ReadAsStringAsync()); // authors stay off the portal
        },
        ["POST /api/v1/public/consultations/{id:guid}/comments"] = async (c, b) =>
            // Anyone may comment, but only within the window: B's opens later.
            Assert.Equal(HttpStatusCode.Conflict, (await c.PostAsJsonAsync($"/api/v1/public/consultations/{b.Id("consultation")}/comments", new { text = "Ý kiến" })).StatusCode),
    };

    public override IReadOnlyDictionary<string, PageCase> Pages { get; } = new Dictionary<string, PageCase>
    {
        ["/consultations"] = PageCase.Hides(_ => "/consultations", b => $"/consultations/{b.Id("consultation")}"),
        ["/consultations/{id:guid}"] = PageCase.Refused(b => $"/consultations/{b.Id("consultation")}"),
        ["/p/{unitCode}/consultations/{id:guid}"] = PageCase.Public(b => $"/p/{b.HolderCode}/consultations/{b.Id("consultation")}"), // public by design
    };

    public override async Task<string> SnapshotAsync(AppDbContext db) =>
        string.Join("|", await db.Set<Web.Modules.Consultations.Consultation>().CountAsync(), await db.Set<Web.Modules.Consultations.ConsultationComment>().CountAsync(),
            await db.Set<Web.Modules.Consultations.CommentGroup>().CountAsync(), await db.Set<Web.Modules.Consultations.Consultation>().CountAsync(c => c.SummaryPublishedAt != null));
}

using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;

namespace Grassroots.Tests.Petitions;

/// <summary>The unit-scope cases of the Petitions module (Platform/UnitScopeEveryEndpointTests).</summary>
public sealed class PetitionsScopeCases : ScopeCases
{
    public override async Task ArrangeAsync(ScopeTarget b)
    {
        var letter = (await (await b.Admin.PostAsJsonAsync("/api/v1/petitions", new
        {
            unitCode = b.HolderCode,
            kind = "Complaint",
            channel = "InPerson",
            receivedOn = "2026-11-20",
            content = "Khiếu nại việc cấp giấy chứng nhận quyền sử dụng đất",
            petitionerName = "Người Bên B",
            petitionerPhone = "0900000000",
        })).ReadAsync<Web.Modules.Petitions.RegisteredDto>()).Petition;
        b.Set("petition", letter.Id);
        b.Set("trackingCode", letter.TrackingCode);
        var file = await b.Admin.PostAsync($"/api/v1/petitions/{letter.Id}/attachments", Pdf("Đơn của bên B.pdf"));
        Assert.Equal(HttpStatusCode.Created, file.StatusCode);
        b.Set("petitionFile", (await b.App.DbAsync(db => db.Set<Web.Modules.Petitions.PetitionAttachment>().Where(a => a.PetitionId == letter.Id).Select(a => a.Id).FirstAsync())));
    }

    public override IReadOnlyDictionary<string, ApiCase> Api { get; } = new Dictionary<string, ApiCase>
    {
        ["GET /api/v1/petitions/"] = async (c, b) =>
            Assert.DoesNotContain((await (await c.GetAsync("/api/v1/petitions")).ReadAsync<Web.Modules.Petitions.Queue.QueuePage>()).Rows, r => r.Id == b.Id("petition")),
        ["POST /api/v1/petitions/"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/petitions",
            new { unitCode = b.Code, kind = "Reflection", channel = "Hotline", receivedOn = "2026-11-20", content = "Đèn đường hỏng" })),
        ["GET /api/v1/petitions/{id:guid}"] = (c, b) => Denied(c.GetAsync($"/api/v1/petitions/{b.Id("petition")}")),
        ["POST /api/v1/petitions/{id:guid}/classify"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/petitions/{b.Id("petition")}/classify", new { isEligible = true, isInCompetence = true })),
        ["POST /api/v1/petitions/{id:guid}/accept"] = (c, b) => Denied(c.PostAsync($"/api/v1/petitions/{b.Id("petition")}/accept", null)),
        ["POST /api/v1/petitions/{id:guid}/transfer"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/petitions/{b.Id("petition")}/transfer", new { externalBody = "Tòa án" })),
        ["POST /api/v1/petitions/{id:guid}/guide"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/petitions/{b.Id("petition")}/guide", new { note = "x" })),
        ["POST /api/v1/petitions/{id:guid}/file"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/petitions/{b.Id("petition")}/file", new { note = "x" })),
        ["POST /api/v1/petitions/{id:guid}/extend"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/petitions/{b.Id("petition")}/extend", new { reason = "x" })),
        ["POST /api/v1/petitions/{id:guid}/verify"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/petitions/{b.Id("petition")}/verify", new { on = "2026-11-23", method = "FieldVisit", findings = "X" })),
        ["POST /api/v1/petitions/{id:guid}/suspend"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/petitions/{b.Id("petition")}/suspend", new { reason = "x" })),
        ["POST /api/v1/petitions/{id:guid}/resume"] = (c, b) => Denied(c.PostAsync($"/api/v1/petitions/{b.Id("petition")}/resume", null)),
        ["POST /api/v1/petitions/{id:guid}/resolve"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/petitions/{b.Id("petition")}/resolve", new { decisionNumber = "1", decisionDate = "2026-11-20", summary = "x" })),
        ["POST /api/v1/petitions/{id:guid}/answer"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/petitions/{b.Id("petition")}/answer", new { summary = "x" })),
        ["POST /api/v1/petitions/{id:guid}/case"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/petitions/{b.Id("petition")}/case", new { caseId = (Guid?)null })),
        ["GET /api/v1/petitions/{id:guid}/duplicates"] = (c, b) => Denied(c.GetAsync($"/api/v1/petitions/{b.Id("petition")}/duplicates")),
        ["GET /api/v1/petitions/{id:guid}/attachments"] = (c, b) => Denied(c.GetAsync($"/api/v1/petitions/{b.Id("petition")}/attachments")),
        ["POST /api/v1/petitions/{id:guid}/attachments"] = (c, b) => Denied(c.PostAsync($"/api/v1/petitions/{b.Id("petition")}/attachments", Pdf())),
        ["GET /api/v1/petitions/{id:guid}/attachments/{attachmentId:guid}"] = (c, b) => Denied(c.GetAsync($"/api/v1/petitions/{b.Id("petition")}/attachments/{b.Id("petitionFile")}")),
        ["POST /api/v1/public/petitions/{trackingCode}/attachments"] = async (c, b) =>
            // The letter of B was registered by an officer: nobody adds files to it from the portal.
            Assert.Equal(HttpStatusCode.Conflict, (await c.PostAsync($"/api/v1/public/petitions/{b.Get<string>("trackingCode")}/attachments", Pdf())).StatusCode),
        ["POST /api/v1/petitions/{id:guid}/reveal-identity"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/petitions/{b.Id("petition")}/reveal-identity", new { reason = "Xem thông tin người tố cáo" })),
        ["POST /api/v1/public/petitions/"] = async (c, b) =>
            Assert.Equal(HttpStatusCode.Created, (await c.PostAsJsonAsync("/api/v1/public/petitions", new { unitCode = b.Code, kind = "Reflection", content = "Phản ánh công khai" })).StatusCode),
        ["GET /api/v1/public/petitions/{trackingCode}"] = async (c, b) =>
        {
            // Public by design; it never carries the petitioner's identity.
            var body = await (await c.GetAsync($"/api/v1/public/petitions/{b.Get<string>("trackingCode")}")).Content.ReadAsStringAsync();
            Assert.DoesNotContain("Người Bên B", body);
        },
        // Public: B's letter was sent without consent to news by email, so there is nothing to withdraw.
        ["POST /api/v1/public/petitions/{trackingCode}/email-updates/withdraw"] = async (c, b) =>
            Assert.Equal(HttpStatusCode.Conflict, (await c.PostAsync($"/api/v1/public/petitions/{b.Get<string>("trackingCode")}/email-updates/withdraw", null)).StatusCode),
        ["POST /api/v1/public/petitions/{trackingCode}/satisfaction"] = async (c, b) =>
            Assert.Equal(HttpStatusCode.Conflict, (await c.PostAsJsonAsync($"/api/v1/public/petitions/{b.Get<string>("trackingCode")}/satisfaction", new { satisfied = true })).StatusCode),
        ["GET /api/v1/petitions/register.xlsx"] = (c, b) => Denied(c.GetAsync($"/api/v1/petitions/register.xlsx?unit={b.Code}&from=2026-01-01&to=2026-11-23")),
        ["GET /api/v1/statistics/petitions"] = (c, b) => Denied(c.GetAsync($"/api/v1/statistics/petitions?unit={b.HolderCode}&from=2026-01-01&to=2026-12-31")),
    };

    public override IReadOnlyDictionary<string, PageCase> Pages { get; } = new Dictionary<string, PageCase>
    {
        ["/petitions"] = PageCase.Hides(_ => "/petitions", b => b.Get<string>("trackingCode")),
        ["/petitions/new"] = PageCase.Hides(_ => "/petitions/new", b => $"value=\"{b.HolderCode}\""),
        ["/petitions/{id:guid}"] = PageCase.Refused(b => $"/petitions/{b.Id("petition")}"),
        ["/p/{unitCode}/petition"] = PageCase.Public(b => $"/p/{b.HolderCode}/petition"),
        ["/p/track"] = PageCase.Public(b => $"/p/track?code={b.Get<string>("trackingCode")}", _ => "Người Bên B"), // never the petitioner
    };

    public override async Task<string> SnapshotAsync(AppDbContext db) =>
        string.Join(",", await db.Set<Web.Modules.Petitions.Petition>().Where(p => p.Channel != PetitionChannel.Portal).OrderBy(p => p.Id)
            .Select(p => p.Status.ToString() + p.UnitId + p.Extensions).ToListAsync()) + "|" + await db.Set<Web.Modules.Petitions.PetitionAttachment>().CountAsync();
}

using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;

namespace Grassroots.Tests.Conventions;

/// <summary>The unit-scope cases of the Conventions module (Platform/UnitScopeEveryEndpointTests).</summary>
public sealed class ConventionsScopeCases : ScopeCases
{
    public override int Order => 1;

    public override async Task ArrangeAsync(ScopeTarget b)
    {
        // B's village convention, drafted and never posted; and a village of B without one.
        var free = await b.App.DbAsync(db => db.Units.Where(u => u.Parent!.Code == b.HolderCode && u.Kind == UnitKind.ResidentialCommunity
            && !db.Set<Web.Modules.Conventions.Convention>().Any(c => c.CommunityId == u.Id)).OrderBy(u => u.Code).Select(u => u.Code).Take(2).ToListAsync());
        var convention = await (await b.Admin.PostAsJsonAsync("/api/v1/conventions", new { communityCode = free[0], text = "Dự thảo nội bộ của B" }))
            .ReadAsync<Web.Modules.Conventions.ConventionDto>();
        b.Set("convention", convention.Id);
        b.Set("freeCommunity", free[1]);
    }

    public override IReadOnlyDictionary<string, ApiCase> Api { get; } = new Dictionary<string, ApiCase>
    {
        ["GET /api/v1/conventions/"] = async (c, b) =>
            Assert.DoesNotContain(await (await c.GetAsync("/api/v1/conventions")).ReadAsync<List<Web.Modules.Conventions.ConventionSummary>>(), x => x.Id == b.Id("convention")),
        ["POST /api/v1/conventions/"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/conventions", new { communityCode = b.Get<string>("freeCommunity"), text = "Hương ước lạ" })),
        ["GET /api/v1/conventions/{id:guid}"] = (c, b) => Denied(c.GetAsync($"/api/v1/conventions/{b.Id("convention")}")),
        ["GET /api/v1/conventions/{id:guid}/text.docx"] = (c, b) => Denied(c.GetAsync($"/api/v1/conventions/{b.Id("convention")}/text.docx")),
        ["POST /api/v1/conventions/{id:guid}/versions"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/conventions/{b.Id("convention")}/versions", new { text = "Sửa hộ" })),
        ["PUT /api/v1/conventions/{id:guid}/versions/{number:int}"] = (c, b) => Denied(c.PutAsJsonAsync($"/api/v1/conventions/{b.Id("convention")}/versions/1", new { text = "Viết hộ" })),
        ["POST /api/v1/conventions/{id:guid}/versions/{number:int}/post"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/conventions/{b.Id("convention")}/versions/1/post",
            new { postedOn = "2026-11-23", commentsUntil = "2026-12-31" })),
        ["POST /api/v1/conventions/{id:guid}/versions/{number:int}/vote"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/conventions/{b.Id("convention")}/versions/1/vote",
            new { opensOn = "2027-01-10", closesOn = "2027-01-10" })),
        ["POST /api/v1/conventions/{id:guid}/versions/{number:int}/adopt"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/conventions/{b.Id("convention")}/versions/1/adopt",
            new { villageHead = "A", frontHead = "B", signerHouseholdIds = new[] { b.Id("household"), Guid.NewGuid() } })),
        ["POST /api/v1/conventions/{id:guid}/versions/{number:int}/file"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/conventions/{b.Id("convention")}/versions/1/file",
            new { sentOn = "2026-11-23", documents = "RequestLetter, VoteRecord, AdoptedText" })),
        ["POST /api/v1/conventions/{id:guid}/versions/{number:int}/file-complete"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/conventions/{b.Id("convention")}/versions/1/file-complete",
            new { completedOn = "2026-11-23", documents = "AdoptedText" })),
        ["POST /api/v1/conventions/{id:guid}/versions/{number:int}/recognise"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/conventions/{b.Id("convention")}/versions/1/recognise",
            new { decidedOn = "2026-11-23", decisionNumber = "1/QĐ-UBND" })),
        ["POST /api/v1/conventions/{id:guid}/versions/{number:int}/refuse"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/conventions/{b.Id("convention")}/versions/1/refuse",
            new { decidedOn = "2026-11-23", reason = "x" })),
        ["POST /api/v1/conventions/{id:guid}/versions/{number:int}/abandon"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/conventions/{b.Id("convention")}/versions/1/abandon", new { reason = "x" })),
        ["GET /api/v1/public/conventions/{unitCode}"] = async (c, b) =>
        {
            // Public by design, but only what was posted: B's draft was never posted, so it is not there.
            var r = await c.GetAsync($"/api/v1/public/conventions/{b.HolderCode}");
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.DoesNotContain(b.Id("convention").ToString(), await r.Content.ReadAsStringAsync());
        },
        ["GET /api/v1/public/conventions/{unitCode}/{id:guid}"] = async (c, b) =>
        {
            var r = await c.GetAsync($"/api/v1/public/conventions/{b.HolderCode}/{b.Id("convention")}");
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.DoesNotContain("Dự thảo nội bộ của B", await r.Content.ReadAsStringAsync());
        },
    };

    public override IReadOnlyDictionary<string, PageCase> Pages { get; } = new Dictionary<string, PageCase>
    {
        ["/conventions"] = PageCase.Hides(_ => "/conventions", b => $"/conventions/{b.Id("convention")}"),
        ["/conventions/{id:guid}"] = PageCase.Refused(b => $"/conventions/{b.Id("convention")}"),
        ["/p/{unitCode}/conventions/{id:guid}"] = PageCase.Public(b => $"/p/{b.HolderCode}/conventions/{b.Id("convention")}", _ => "Dự thảo nội bộ của B"), // only what was posted
    };

    public override async Task<string> SnapshotAsync(AppDbContext db) =>
        string.Join("|", await db.Set<Web.Modules.Conventions.Convention>().CountAsync(),
            string.Join(",", await db.Set<Web.Modules.Conventions.ConventionVersion>().OrderBy(v => v.Id).Select(v => v.Stage.ToString() + v.Text.Length).ToListAsync()));
}

using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;
using Grassroots.Web.Modules.Directory;

namespace Grassroots.Tests.Directory;

/// <summary>The unit-scope cases of the Directory module (Platform/UnitScopeEveryEndpointTests).</summary>
public sealed class DirectoryScopeCases : ScopeCases
{
    public override IReadOnlyDictionary<string, ApiCase> Api { get; } = new Dictionary<string, ApiCase>
    {
        ["GET /api/v1/units/"] = async (c, b) =>
            Assert.DoesNotContain(await (await c.GetAsync("/api/v1/units?all=true")).ReadAsync<List<UnitDto>>(), u => u.Code == b.Code),
        ["GET /api/v1/units/{code}"] = (c, b) => Denied(c.GetAsync($"/api/v1/units/{b.Code}")),
        ["GET /api/v1/units/{code}/children"] = (c, b) => Denied(c.GetAsync($"/api/v1/units/{b.Code}/children")),
        ["GET /api/v1/units/{code}/lineage"] = (c, b) => Denied(c.GetAsync($"/api/v1/units/{b.Code}/lineage")),
        ["GET /api/v1/units/{code}/successor"] = (c, b) => Denied(c.GetAsync($"/api/v1/units/{b.Code}/successor")),
        ["POST /api/v1/units/"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/units", new { code = "ZZ1", name = "Thôn mới", kind = "ResidentialCommunity", parentCode = b.Code })),
        ["POST /api/v1/units/{code}/rename"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/units/{b.Code}/rename", new { newName = "Tên khác", effectiveDate = "2026-12-01" })),
        ["POST /api/v1/units/merge"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/units/merge",
            new { sourceCodes = new[] { b.Code }, newUnit = new { code = "ZZ2", name = "Xã gộp" }, effectiveDate = "2026-12-01" })),
        ["POST /api/v1/units/{code}/split"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/units/{b.Code}/split",
            new { parts = new[] { new { code = "ZZ3", name = "A" }, new { code = "ZZ4", name = "B" } }, effectiveDate = "2026-12-01" })),
    };

    public override IReadOnlyDictionary<string, PageCase> Pages { get; } = new Dictionary<string, PageCase>
    {
        ["/units"] = PageCase.Hides(_ => "/units", b => $"href=\"/units/{b.HolderCode}\""),
        ["/units/{code}"] = PageCase.Refused(b => $"/units/{b.Code}"),
        ["/units/{code}/rename"] = PageCase.Refused(b => $"/units/{b.Code}/rename"),
        ["/units/{code}/split"] = PageCase.Refused(b => $"/units/{b.HolderCode}/split"),
        ["/units/new"] = PageCase.Refused(b => $"/units/new?parent={b.HolderCode}"),
        ["/units/merge"] = PageCase.Hides(_ => "/units/merge", b => $"value=\"{b.HolderCode}\""),
    };

    public override async Task<string> SnapshotAsync(AppDbContext db) =>
        string.Join("|", await db.Units.CountAsync(), await db.LineageEvents.CountAsync(), string.Join(",", await db.Units.OrderBy(u => u.Id).Select(u => u.Name + u.Path).ToListAsync()));
}

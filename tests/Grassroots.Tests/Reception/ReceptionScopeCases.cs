using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;

namespace Grassroots.Tests.Reception;

/// <summary>The unit-scope cases of the Reception module (Platform/UnitScopeEveryEndpointTests).</summary>
public sealed class ReceptionScopeCases : ScopeCases
{
    public override async Task ArrangeAsync(ScopeTarget b)
    {
        var session = await (await b.Admin.PostAsJsonAsync("/api/v1/reception/sessions",
            new { unitCode = b.HolderCode, kind = "Periodic", heldOn = "2026-11-20", place = "Trụ sở UBND xã", receivedBy = "Chủ tịch UBND xã" })).ReadAsync<Web.Modules.Reception.SessionDto>();
        b.Set("session", session.Id);
    }

    public override IReadOnlyDictionary<string, ApiCase> Api { get; } = new Dictionary<string, ApiCase>
    {
        ["GET /api/v1/reception/log.xlsx"] = (c, b) => Denied(c.GetAsync($"/api/v1/reception/log.xlsx?unit={b.HolderCode}&from=2026-01-01&to=2026-11-23")),
        ["GET /api/v1/reception/sessions"] = async (c, b) =>
            Assert.DoesNotContain(await (await c.GetAsync("/api/v1/reception/sessions")).ReadAsync<List<Web.Modules.Reception.SessionDto>>(), s => s.Id == b.Id("session")),
        ["POST /api/v1/reception/sessions"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/reception/sessions",
            new { unitCode = b.HolderCode, kind = "Regular", heldOn = "2026-11-20", place = "Trụ sở", receivedBy = "Cán bộ" })),
        ["GET /api/v1/reception/sessions/{id:guid}"] = (c, b) => Denied(c.GetAsync($"/api/v1/reception/sessions/{b.Id("session")}")),
        ["POST /api/v1/reception/sessions/{id:guid}/visits"] = (c, b) => Denied(c.PostAsJsonAsync($"/api/v1/reception/sessions/{b.Id("session")}/visits",
            new { people = 1, visitorName = "A", content = "B", outcome = "AnsweredOnSpot" })),
        ["GET /api/v1/reception/schedule/{unitCode}"] = (c, b) => Denied(c.GetAsync($"/api/v1/reception/schedule/{b.HolderCode}")),
        ["PUT /api/v1/reception/schedule/{unitCode}/{date}"] = (c, b) => Denied(c.PutAsJsonAsync($"/api/v1/reception/schedule/{b.HolderCode}/2026-12-01", new { headName = "X", place = "Y" })),
        ["DELETE /api/v1/reception/schedule/{unitCode}/{date}"] = (c, b) => Denied(c.DeleteAsync($"/api/v1/reception/schedule/{b.HolderCode}/2026-12-01")),
        ["GET /api/v1/public/units/{unitCode}/reception-schedule"] = async (c, b) =>
            Assert.Equal(HttpStatusCode.OK, (await c.GetAsync($"/api/v1/public/units/{b.HolderCode}/reception-schedule")).StatusCode), // published by law
        ["GET /api/v1/statistics/reception"] = (c, b) => Denied(c.GetAsync($"/api/v1/statistics/reception?unit={b.HolderCode}&from=2026-01-01&to=2026-12-31")),
    };

    public override IReadOnlyDictionary<string, PageCase> Pages { get; } = new Dictionary<string, PageCase>
    {
        ["/reception"] = PageCase.Hides(_ => "/reception", b => $"/reception/{b.Id("session")}"),
        ["/reception/{id:guid}"] = PageCase.Refused(b => $"/reception/{b.Id("session")}"),
        ["/reception/schedule"] = PageCase.Refused(b => $"/reception/schedule?unit={b.HolderCode}"),
        ["/p/{unitCode}/schedule"] = PageCase.Public(b => $"/p/{b.HolderCode}/schedule"), // published by law
        ["/statistics"] = PageCase.Refused(b => $"/statistics?unit={b.HolderCode}"),
    };

    public override async Task<string> SnapshotAsync(AppDbContext db) =>
        string.Join("|", await db.Set<Web.Modules.Reception.ReceptionSession>().CountAsync(), await db.Set<Web.Modules.Reception.ReceptionVisit>().CountAsync(),
            await db.Set<Web.Modules.Reception.ReceptionScheduleEntry>().CountAsync());
}

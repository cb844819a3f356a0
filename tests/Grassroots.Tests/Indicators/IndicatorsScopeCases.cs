using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;

namespace Grassroots.Tests.Indicators;

/// <summary>The unit-scope cases of the Indicators module (Platform/UnitScopeEveryEndpointTests).</summary>
public sealed class IndicatorsScopeCases : ScopeCases
{
    public override async Task ArrangeAsync(ScopeTarget b)
    {
        var rows = ImportTests.Read(await b.Admin.GetByteArrayAsync($"/api/v1/indicators/template?unit={b.HolderCode}&from=2026-01-01&to=2026-06-30"));
        ImportTests.Set(rows, "feedback.national_portal", b.HolderCode, 42d);
        b.Set("sheet", ImportTests.Write(rows));
    }

    public override IReadOnlyDictionary<string, ApiCase> Api { get; } = new Dictionary<string, ApiCase>
    {
        ["GET /api/v1/indicators/"] = (c, b) => Denied(c.GetAsync($"/api/v1/indicators?unit={b.HolderCode}&from=2026-01-01&to=2026-06-30")),
        ["GET /api/v1/indicators/catalogue"] = async (c, b) =>
            Assert.Equal(HttpStatusCode.OK, (await c.GetAsync("/api/v1/indicators/catalogue")).StatusCode), // the same for everyone, no unit's data
        ["POST /api/v1/indicators/values"] = (c, b) => Denied(c.PostAsJsonAsync("/api/v1/indicators/values",
            new { unitCode = b.HolderCode, from = "2026-01-01", to = "2026-06-30", values = new Dictionary<string, decimal> { ["feedback.national_portal"] = 5 } })),
        ["GET /api/v1/indicators/template"] = (c, b) => Denied(c.GetAsync($"/api/v1/indicators/template?unit={b.HolderCode}&from=2026-01-01&to=2026-06-30")),
        ["POST /api/v1/indicators/import"] = async (c, b) =>
        {
            // B's own spreadsheet, filled: refused cell by cell, nothing stored.
            var r = await c.PostAsync("/api/v1/indicators/import", Sheet(b.Get<byte[]>("sheet")));
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            Assert.Contains("không có quyền", await r.Content.ReadAsStringAsync());
        },
    };

    public override IReadOnlyDictionary<string, PageCase> Pages { get; } = new Dictionary<string, PageCase>
    {
        ["/indicators"] = PageCase.Refused(b => $"/indicators?unit={b.HolderCode}"),
        ["/indicators/enter"] = PageCase.Refused(b => $"/indicators/enter?unit={b.HolderCode}"),
        ["/indicators/import"] = PageCase.Refused(b => $"/indicators/import?unit={b.HolderCode}"),
        ["/dashboard"] = PageCase.Refused(b => $"/dashboard?unit={b.HolderCode}"),
    };

    public override async Task<string> SnapshotAsync(AppDbContext db) => (await db.Set<Web.Modules.Indicators.IndicatorValue>().CountAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

using System.Net;
using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;

namespace Grassroots.Tests.Calendar;

/// <summary>The unit-scope cases of the Calendar module (Platform/UnitScopeEveryEndpointTests).</summary>
public sealed class CalendarScopeCases : ScopeCases
{
    public override IReadOnlyDictionary<string, ApiCase> Api { get; } = new Dictionary<string, ApiCase>
    {
        ["GET /api/v1/calendar/{year:int}/holidays"] = async (c, b) =>
            Assert.Equal(HttpStatusCode.OK, (await c.GetAsync("/api/v1/calendar/2026/holidays")).StatusCode), // national and public
        ["GET /api/v1/calendar/add-working-days"] = async (c, b) =>
            Assert.Equal(HttpStatusCode.OK, (await c.GetAsync("/api/v1/calendar/add-working-days?from=2026-01-05&days=3")).StatusCode),
        ["PUT /api/v1/calendar/overrides/{date}"] = (c, b) => Denied(c.PutAsJsonAsync("/api/v1/calendar/overrides/2026-12-31", new { isDayOff = true, name = "Nghỉ thêm" })),
        ["DELETE /api/v1/calendar/overrides/{date}"] = (c, b) => Denied(c.DeleteAsync("/api/v1/calendar/overrides/2026-12-31")),
    };

    public override IReadOnlyDictionary<string, PageCase> Pages { get; } = new Dictionary<string, PageCase>
    {
        ["/calendar"] = PageCase.Own("/calendar"), // the national calendar, the same for everyone
    };

    public override async Task<string> SnapshotAsync(AppDbContext db) => (await db.Set<CalendarOverride>().CountAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

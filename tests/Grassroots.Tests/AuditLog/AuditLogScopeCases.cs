using System.Net;
using Grassroots.Tests.Infrastructure;

namespace Grassroots.Tests.AuditLog;

/// <summary>The unit-scope cases of the AuditLog module (Platform/UnitScopeEveryEndpointTests).</summary>
public sealed class AuditLogScopeCases : ScopeCases
{
    public override IReadOnlyDictionary<string, ApiCase> Api { get; } = new Dictionary<string, ApiCase>
    {
        ["GET /api/v1/audit"] = async (c, b) =>
        {
            var r = await c.GetAsync($"/api/v1/audit?unit={b.Code}");
            Assert.True(r.StatusCode is HttpStatusCode.Forbidden, $"audit of {b.Code}: {(int)r.StatusCode}");
        },
    };

    public override IReadOnlyDictionary<string, PageCase> Pages { get; } = new Dictionary<string, PageCase>
    {
        ["/audit"] = PageCase.Refused(b => $"/audit?unit={b.Code}"),
    };

    // The log only grows (sign-ins and the portal's letters are written there too): nothing of it to compare.
    public override Task<string> SnapshotAsync(AppDbContext db) => Task.FromResult("");
}

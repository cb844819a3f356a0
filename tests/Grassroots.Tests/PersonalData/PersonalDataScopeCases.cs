using System.Net.Http.Json;
using Grassroots.Tests.Infrastructure;

namespace Grassroots.Tests.PersonalData;

/// <summary>
/// The unit-scope cases of the PersonalData module (Platform/UnitScopeEveryEndpointTests): B's letter (laid by
/// PetitionsScopeCases, "Người Bên B", 0900000000) is searched for from another unit, and refused.
/// </summary>
public sealed class PersonalDataScopeCases : ScopeCases
{
    public override IReadOnlyDictionary<string, ApiCase> Api { get; } = new Dictionary<string, ApiCase>
    {
        ["GET /api/v1/personal-data/"] = (c, b) => Denied(c.GetAsync($"/api/v1/personal-data?unit={b.Code}&phone=0900000000")),
        ["GET /api/v1/personal-data/export.xlsx"] = (c, b) => Denied(c.GetAsync($"/api/v1/personal-data/export.xlsx?unit={b.HolderCode}&phone=0900000000")),
        // Retention and the breach register belong to the nation's data officers: every commune or district person is refused.
        ["GET /api/v1/personal-data/retention"] = (c, _) => Denied(c.GetAsync("/api/v1/personal-data/retention")),
        ["POST /api/v1/personal-data/retention/run"] = (c, _) => Denied(c.PostAsync("/api/v1/personal-data/retention/run", null)),
        ["GET /api/v1/personal-data/breaches"] = (c, _) => Denied(c.GetAsync("/api/v1/personal-data/breaches")),
        ["POST /api/v1/personal-data/breaches"] = (c, _) => Denied(c.PostAsJsonAsync("/api/v1/personal-data/breaches", Breach)),
        ["PUT /api/v1/personal-data/breaches/{id:guid}"] = (c, _) => Denied(c.PutAsJsonAsync($"/api/v1/personal-data/breaches/{Guid.NewGuid()}", Breach)),
    };

    private static readonly object Breach = new { detectedAt = "2026-11-20T08:00", description = "Lộ danh sách", dataKinds = "Họ tên", version = 0 };

    public override IReadOnlyDictionary<string, PageCase> Pages { get; } = new Dictionary<string, PageCase>
    {
        ["/personal-data"] = PageCase.Refused(b => $"/personal-data?unit={b.HolderCode}&phone=0900000000"),
        ["/personal-data/breaches"] = PageCase.Refused(_ => "/personal-data/breaches"),
    };

    // Its searches go to the audit log, which only grows; it keeps the breach register and marks cleared records.
    public override async Task<string> SnapshotAsync(AppDbContext db) =>
        $"{await db.Set<Web.Modules.PersonalData.DataBreach>().CountAsync()}|{await db.Set<Web.Modules.Petitions.Petition>().CountAsync(p => p.AnonymisedOn != null)}";
}

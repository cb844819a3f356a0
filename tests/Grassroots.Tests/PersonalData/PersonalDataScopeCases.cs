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
    };

    public override IReadOnlyDictionary<string, PageCase> Pages { get; } = new Dictionary<string, PageCase>
    {
        ["/personal-data"] = PageCase.Refused(b => $"/personal-data?unit={b.HolderCode}&phone=0900000000"),
    };

    // The module keeps nothing of its own; its searches go to the audit log, which only grows.
    public override Task<string> SnapshotAsync(AppDbContext db) => Task.FromResult("");
}

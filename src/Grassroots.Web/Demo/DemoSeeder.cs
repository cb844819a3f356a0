using Grassroots.Web.Platform.Demo;
using Microsoft.AspNetCore.Identity;

namespace Grassroots.Web.Demo;

/// <summary>The demo data of the modules not yet moved into their own folders (transitional: each module declares its own).</summary>
public sealed class DemoSeeder(AppDbContext db, IPasswordHasher<AppUser> hasher, DemoActivity activity, TimeProvider clock) : Platform.Modules.IDemoData
{
    private const string DemoPassword = DemoAccounts.DemoPassword;
    private static readonly DateOnly ReformDate = DemoFacts.ReformDate;

    public int Order => 25;

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var units = await db.Units.AsNoTracking().ToListAsync(ct);
        bool IsCommune(Unit u) => u.Kind is UnitKind.Commune or UnitKind.Township or UnitKind.Ward or UnitKind.SpecialZone;
        var oldCommunes = units.Where(u => IsCommune(u) && u.ValidTo == ReformDate).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        var successions = await db.LineageLinks.AsNoTracking().Where(l => l.Kind == LineageLinkKind.Succession && l.IsPrimary).ToListAsync(ct);
        var successorOf = oldCommunes.ToDictionary(o => o.Id, o => units.Single(u => u.Id == successions.First(l => l.FromUnitId == o.Id).ToUnitId));
        var districts = units.Where(u => u.Kind == UnitKind.District).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        await activity.SeedAsync(oldCommunes, successorOf, districts, ReformDate, ct);
    }
}

using Microsoft.Extensions.Caching.Memory;

namespace Grassroots.Web.Kernel.Units;

/// <summary>
/// Finds units for pages anyone may read (the portal, the front door): no scope applies to what is public. Searches and
/// lists of communes come from an index of the country's provinces and communes held in memory for the day
/// (<see cref="PublicUnitIndex"/>), built again after a change to the tree (<see cref="Forget"/>) or ten minutes on.
/// </summary>
public sealed class UnitDirectory(AppDbContext db, UnitLineage lineage, IMemoryCache cache, TimeProvider clock)
{
    /// <summary>A search shows at most this many units; the reader is asked to type more.</summary>
    public const int SearchLimit = 20;

    private const string IndexKey = "units:public-index";

    /// <summary>The unit with this code: 404 when there is none.</summary>
    public async Task<Unit> FindAsync(string code, CancellationToken ct) =>
        await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code, ct) ?? throw DomainException.NotFound("Unit.NotFound", code);

    /// <summary>Provinces and communes (in being or ended, by their old name) whose name matches, with or without tones.</summary>
    public async Task<UnitSearchResult> SearchAsync(string query, CancellationToken ct) =>
        (await IndexAsync(ct)).Search(query, SearchLimit);

    /// <summary>The provinces in being today.</summary>
    public async Task<List<PublicUnit>> ProvincesAsync(CancellationToken ct) => (await IndexAsync(ct)).Provinces();

    /// <summary>A province in being and its communes, wards and special zones in being today; null when it is none.</summary>
    public async Task<(PublicUnit Province, List<PublicUnit> Communes)?> ProvinceAsync(string code, CancellationToken ct)
    {
        var index = await IndexAsync(ct);
        return index.Find(code) is { Kind: UnitKind.Province, Ended: false } province ? (province, index.CommunesOf(code)) : null;
    }

    /// <summary>
    /// How a unit that ended did so: the day and the units in being today that took it over (each one it passed to,
    /// followed along the lineage to today's unit), the primary one first. Null while the unit is in being.
    /// </summary>
    public async Task<PublicUnit?> EndingAsync(Unit unit, CancellationToken ct)
    {
        var today = clock.VietnamToday();
        if (unit.ValidTo is not { } end || end > today)
        {
            return null;
        }
        if ((await IndexAsync(ct)).Find(unit.Code) is { Ended: true } known)
        {
            return known;
        }
        // Not a province nor a commune (a district, a village, an agency): its lineage read for it alone.
        var targets = await db.LineageLinks.AsNoTracking()
            .Where(l => l.FromUnitId == unit.Id && l.Kind == LineageLinkKind.Succession && l.ToUnitId != unit.Id && l.Event!.EffectiveDate <= today)
            .OrderByDescending(l => l.IsPrimary).ThenBy(l => l.Event!.EffectiveDate).Select(l => l.ToUnit!).ToListAsync(ct);
        var successors = new List<Unit>();
        foreach (var target in targets)
        {
            var holder = await lineage.SuccessorOnAsync(target, today, ct);
            if (holder.IsActiveOn(today) && successors.All(s => s.Id != holder.Id))
            {
                successors.Add(holder);
            }
        }
        var codes = successors.SelectMany(s => s.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)).Distinct().ToList();
        var provinces = await db.Units.AsNoTracking().Where(u => codes.Contains(u.Code) && u.Kind == UnitKind.Province)
            .ToDictionaryAsync(u => u.Code, u => u.Name, ct);
        string? ProvinceOf(Unit u) => u.Kind == UnitKind.Province ? null
            : u.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Reverse().Select(provinces.GetValueOrDefault).FirstOrDefault(n => n is not null);
        return new PublicUnit(unit.Code, unit.Name, unit.Kind, null, null, end,
            [.. successors.Select(s => new UnitSuccessor(s.Code, s.Name, s.Kind, ProvinceOf(s)))]);
    }

    /// <summary>Drops the index after a change to the tree (a unit created, renamed, merged, split): the next search builds it again.</summary>
    public void Forget() => cache.Remove(IndexKey);

    private async Task<PublicUnitIndex> IndexAsync(CancellationToken ct)
    {
        var today = clock.VietnamToday();
        if (cache.TryGetValue(IndexKey, out PublicUnitIndex? index) && index!.Day == today)
        {
            return index;
        }
        index = await PublicUnitIndex.BuildAsync(db, today, ct);
        cache.Set(IndexKey, index, TimeSpan.FromMinutes(10));
        return index;
    }
}

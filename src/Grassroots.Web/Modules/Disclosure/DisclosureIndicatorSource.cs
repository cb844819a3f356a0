using Grassroots.Web.Modules.Indicators.Contracts;

namespace Grassroots.Web.Modules.Disclosure;

/// <summary>
/// The disclosures posted as an indicator, counted from the records: those whose posting started in the period, over the
/// unit's subtree and the units merged into it. A criteria set of the Assessment module scores it ("công khai thông tin").
/// Label: <c>Indicator.disclosure.posted</c> in Resources/Disclosure.resx.
/// </summary>
public sealed class DisclosureIndicatorSource(AppDbContext db, UnitLineage lineage) : IIndicatorSource
{
    public const string Posted = "disclosure.posted";

    public IReadOnlyList<IndicatorDefinition> Definitions { get; } =
    [
        IndicatorDefinition.Sum(Posted, IndicatorArea.Participation, Measure.Documents, IndicatorSourceKind.Computed),
    ];

    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>>> ValuesAsync(IReadOnlyList<Unit> units, DateOnly from, DateOnly to,
        CancellationToken ct = default)
    {
        var idsOf = await lineage.RollUpUnitIdsAsync(units, ct);
        var ids = idsOf.Values.SelectMany(x => x).Distinct().ToList();
        var counts = await db.Set<Disclosure>().AsNoTracking().Where(d => ids.Contains(d.UnitId) && d.PostedFrom >= from && d.PostedFrom <= to)
            .GroupBy(d => d.UnitId).Select(g => new { UnitId = g.Key, Count = g.Count() }).ToListAsync(ct);
        return units.ToDictionary(u => u.Id, u =>
        {
            var mine = idsOf[u.Id];
            return (IReadOnlyDictionary<string, decimal>)new Dictionary<string, decimal> { [Posted] = counts.Where(c => mine.Contains(c.UnitId)).Sum(c => c.Count) };
        });
    }
}

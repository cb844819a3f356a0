using System.Globalization;
using Grassroots.Web.Modules.Indicators.Contracts;

namespace Grassroots.Web.Modules.Indicators;

/// <summary>One figure as the API and the pages show it.</summary>
public sealed record IndicatorFigure(string Key, string Label, decimal? Value, string UnitOfMeasure);

/// <summary>
/// The values of every indicator for a unit and period, rolled up over its subtree and the units merged
/// into it: sums of counts, each unit's latest state, and rates recomputed from their summed parts.
/// </summary>
public sealed class IndicatorFigures(AppDbContext db, UnitLineage lineage, IEnumerable<IIndicatorSource> sources) : IIndicatorFigures
{
    /// <summary>Key → value (null when a rate has no denominator).</summary>
    public async Task<Dictionary<string, decimal?>> ValuesAsync(Unit unit, DateOnly from, DateOnly to, CancellationToken ct = default) =>
        (await ValuesForAsync([unit], from, to, ct))[unit.Id];

    /// <summary>
    /// The values of several units at once (a unit and its sub-units for the tables of a consolidated report):
    /// entered values in one query, computed ones from each module's source.
    /// </summary>
    public async Task<Dictionary<int, Dictionary<string, decimal?>>> ValuesForAsync(IReadOnlyList<Unit> units, DateOnly from, DateOnly to,
        CancellationToken ct = default)
    {
        var pathsOf = await lineage.RollUpPathsAsync(units, ct);
        var computed = await ComputedAsync(units, from, to, ct);
        var all = UnitPaths.Minimal(pathsOf.Values.SelectMany(p => p));
        var rows = await db.Set<IndicatorValue>().AsNoTracking()
            .Where(v => v.To <= to && (v.From >= from || StateKeys.Contains(v.Key)))
            .Where(UnitPaths.Within<IndicatorValue>(v => v.Unit!.Path, all))
            .Select(v => new Row(v.UnitId, v.Unit!.Path, v.Key, v.From, v.To, v.Value))
            .ToListAsync(ct);
        var result = new Dictionary<int, Dictionary<string, decimal?>>();
        foreach (var u in units)
        {
            var paths = pathsOf[u.Id];
            var mine = rows.Where(r => paths.Any(p => r.Path.StartsWith(p, StringComparison.Ordinal))).ToList();
            var values = new Dictionary<string, decimal?>();
            foreach (var d in IndicatorCatalogue.All.Where(d => d.Source == IndicatorSourceKind.Entered && d.RollUp != RollUpKind.Ratio))
            {
                var own = mine.Where(r => r.Key == d.Key).ToList();
                values[d.Key] = d.RollUp switch
                {
                    RollUpKind.Sum => own.Where(r => r.From >= from).Sum(r => r.Value),
                    RollUpKind.Latest => own.GroupBy(r => r.UnitId).Sum(g => g.OrderByDescending(r => r.To).ThenByDescending(r => r.From).First().Value),
                    RollUpKind.None => own.Where(r => r.UnitId == u.Id).OrderByDescending(r => r.To).Select(r => (decimal?)r.Value).FirstOrDefault(),
                    RollUpKind.Ratio => null,
                };
            }
            foreach (var (key, value) in computed[u.Id])
            {
                values[key] = value;
            }
            foreach (var d in IndicatorCatalogue.All.Where(d => d.RollUp == RollUpKind.Ratio))
            {
                values[d.Key] = Rate(values.GetValueOrDefault(d.Numerator!), values.GetValueOrDefault(d.Denominator!));
            }
            result[u.Id] = values;
        }
        return result;
    }

    /// <summary>The modules' figures of each unit: each source answers the whole table in one pass.</summary>
    private async Task<Dictionary<int, Dictionary<string, decimal>>> ComputedAsync(IReadOnlyList<Unit> units, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var result = units.ToDictionary(u => u.Id, _ => new Dictionary<string, decimal>());
        foreach (var source in sources)
        {
            var byUnit = units.Count == 1
                ? new Dictionary<int, IReadOnlyDictionary<string, decimal>> { [units[0].Id] = await source.ValuesAsync(units[0], from, to, ct) }
                : await source.ValuesForManyAsync(units, from, to, ct);
            foreach (var (unitId, values) in byUnit)
            {
                foreach (var (key, value) in values)
                {
                    result[unitId][key] = value;
                }
            }
        }
        return result;
    }

    /// <summary>Numerator ÷ denominator in percent, two decimals; none without a denominator.</summary>
    public static decimal? Rate(decimal? numerator, decimal? denominator) =>
        numerator is { } n && denominator is { } d && d != 0 ? Math.Round(100m * n / d, 2, MidpointRounding.AwayFromZero) : null;

    public static List<IndicatorFigure> Figures(IReadOnlyDictionary<string, decimal?> values, CultureInfo culture) =>
        IndicatorCatalogue.All.Select(d => new IndicatorFigure(d.Key, d.Label(culture), values.GetValueOrDefault(d.Key), d.MeasureLabel(culture))).ToList();

    /// <summary>Indicators whose latest value counts whatever period it was entered for.</summary>
    private static readonly List<string> StateKeys = IndicatorCatalogue.All
        .Where(d => d.RollUp is RollUpKind.Latest or RollUpKind.None).Select(d => d.Key).ToList();

    private sealed record Row(int UnitId, string Path, string Key, DateOnly From, DateOnly To, decimal Value);
}

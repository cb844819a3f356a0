using System.Globalization;
using Grassroots.Web.Modules.Indicators.Contracts;

namespace Grassroots.Web.Modules.Indicators;

/// <summary>One figure as the API and the pages show it.</summary>
public sealed record IndicatorFigure(string Key, string Label, decimal? Value, string UnitOfMeasure);

/// <summary>An indicator of the catalogue as the API lists it (<c>area</c> in lower case: "onestop").</summary>
public sealed record CatalogueEntry(string Key, string Area, string Label, string LabelVi, string LabelEn, string UnitOfMeasure, RollUpKind RollUp,
    IndicatorSourceKind Source, string? Numerator, string? Denominator);

/// <summary>A unit's figures for a period, rolled up.</summary>
public sealed record UnitValues(string UnitName, IReadOnlyDictionary<string, decimal?> Values);

public sealed record HalfYear(string Label, DateOnly From, DateOnly To);

public sealed record DashboardPoint(string Label, decimal? Value);

public sealed record RankRow(int Rank, string Code, string Name, decimal? Value);

/// <summary>
/// A unit's main figures for a half-year, one indicator over the half-years since 2021, and its sub-units ranked on it
/// (no unit: only the half-years and the indicator chosen). <c>Reorganised</c>: the days the unit's tree was reorganised
/// (mergers and splits of the units in it, e.g. the reform of 1/7/2025), which explain a break in its figures.
/// </summary>
public sealed record DashboardView(IReadOnlyList<HalfYear> Halves, string Key, string Half, string? UnitName, IReadOnlyDictionary<string, decimal?> Latest,
    IReadOnlyList<DashboardPoint> OverTime, IReadOnlyList<RankRow> Ranking, IReadOnlyList<DateOnly>? Reorganised = null);

/// <summary>
/// Every list and view of indicators, for the API, the pages and the reports alike: the values of every indicator for
/// units and a period, rolled up over their subtrees and the units merged into them — sums of counts, each unit's latest
/// state, rates recomputed from their summed parts — entered values read in one query, computed ones from each module's source.
/// </summary>
public sealed class IndicatorReader(AppDbContext db, UnitScope scope, UnitLineage lineage, IIndicatorCatalogue catalogue,
    IEnumerable<IIndicatorSource> sources, TimeProvider clock) : IIndicatorFigures
{
    /// <summary>The first half-year the dashboard shows.</summary>
    private const int FirstYear = 2021;

    /// <summary>The sub-units a dashboard ranks: districts, and communes, wards, townships and special zones.</summary>
    private static readonly UnitKind[] RankedKinds = [UnitKind.District, UnitKind.Commune, UnitKind.Ward, UnitKind.Township, UnitKind.SpecialZone];

    public async Task<Dictionary<string, decimal?>> ValuesAsync(Unit unit, DateOnly from, DateOnly to, CancellationToken ct = default) =>
        (await ValuesForAsync([unit], from, to, ct))[unit.Id];

    /// <summary>The values of several units at once (a unit and its sub-units for the tables of a consolidated report).</summary>
    public async Task<Dictionary<int, Dictionary<string, decimal?>>> ValuesForAsync(IReadOnlyList<Unit> units, DateOnly from, DateOnly to,
        CancellationToken ct = default)
    {
        var pathsOf = await lineage.RollUpPathsAsync(units, ct);
        var computed = await ComputedAsync(units, from, to, ct);
        var entered = catalogue.All.Where(d => d.IsEntered).ToList();
        var rates = catalogue.All.Where(d => d.RollUp == RollUpKind.Ratio).ToList();
        // A state's latest value counts whatever period it was entered for.
        var stateKeys = entered.Where(d => d.RollUp is RollUpKind.Latest or RollUpKind.None).Select(d => d.Key).ToList();
        var all = UnitPaths.Minimal(pathsOf.Values.SelectMany(p => p));
        var rows = await db.Set<IndicatorValue>().AsNoTracking()
            .Where(v => v.To <= to && (v.From >= from || stateKeys.Contains(v.Key)))
            .Where(UnitPaths.Within<IndicatorValue>(v => v.Unit!.Path, all))
            .Select(v => new EnteredRow(v.UnitId, v.Unit!.Path, v.Key, v.From, v.To, v.Value))
            .ToListAsync(ct);
        var result = new Dictionary<int, Dictionary<string, decimal?>>();
        var rowsOf = RowsByUnit(rows, pathsOf);
        foreach (var u in units)
        {
            var mine = rowsOf[u.Id].ToLookup(r => r.Key);
            var values = entered.ToDictionary(d => d.Key, d => RollUp(d.RollUp, mine[d.Key], u.Id, from));
            foreach (var (key, value) in computed[u.Id])
            {
                // A period the platform kept no records of takes the figure imported from a report of the time; a figure
                // computed from records is never replaced by one read from a report (LegacyReports says so on acceptance).
                var imported = mine[key];
                values[key] = value == 0 && imported.Any() && catalogue.Find(key) is { } d ? RollUp(d.RollUp, imported, u.Id, from) ?? value : value;
            }
            foreach (var rate in rates)
            {
                values[rate.Key] = IndicatorRules.Rate(values.GetValueOrDefault(rate.Numerator!), values.GetValueOrDefault(rate.Denominator!));
            }
            result[u.Id] = values;
        }
        return result;
    }

    /// <summary>A unit's figures for a period, by the unit's code (the API's and the pages' query).</summary>
    public async Task<UnitValues> UnitValuesAsync(string? unit, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var (u, f, t) = await StatisticsQuery.RequireAsync(scope, unit, from, to, ct);
        return new UnitValues(u.Name, await ValuesAsync(u, f, t, ct));
    }

    /// <summary>Every indicator of the catalogue with a unit's value, labelled in the reader's language.</summary>
    public async Task<List<IndicatorFigure>> FiguresAsync(string? unit, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var values = (await UnitValuesAsync(unit, from, to, ct)).Values;
        var culture = CultureInfo.CurrentUICulture;
        return catalogue.All.Select(d => new IndicatorFigure(d.Key, d.Label(culture), values.GetValueOrDefault(d.Key), d.MeasureLabel(culture))).ToList();
    }

    public List<CatalogueEntry> CatalogueEntries()
    {
        var culture = CultureInfo.CurrentUICulture;
        return catalogue.All.Select(d => new CatalogueEntry(d.Key, d.Area.ToString().ToLowerInvariant(), d.Label(culture), d.Vi, d.En, d.MeasureLabel(culture),
            d.RollUp, d.Source, d.Numerator, d.Denominator)).ToList();
    }

    /// <summary>What a unit entered itself for exactly this period (the form it corrects), if the caller may enter its figures.</summary>
    public async Task<Dictionary<string, decimal?>> EnteredAsync(string unitCode, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var unit = await scope.RequireAsync(Text.Clean(unitCode), Permission.Edit, ct);
        return await db.Set<IndicatorValue>().AsNoTracking()
            .Where(v => v.UnitId == unit.Id && v.From == from && v.To == to)
            .ToDictionaryAsync(v => v.Key, v => (decimal?)v.Value, ct);
    }

    /// <summary>The units of a unit's spreadsheet for a period: itself and its sub-units (not residential communities) that exist in it.</summary>
    public async Task<(List<Unit> Units, DateOnly From, DateOnly To)> TemplateUnitsAsync(string? unit, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var (u, f, t) = await StatisticsQuery.RequireAsync(scope, unit, from, to, ct);
        await scope.RequireAsync(u, Permission.Edit, ct);
        var children = await db.Units.AsNoTracking()
            .Where(c => c.ParentId == u.Id && c.Kind != UnitKind.ResidentialCommunity)
            .Where(c => (c.ValidFrom == null || c.ValidFrom <= t) && (c.ValidTo == null || c.ValidTo > f))
            .OrderBy(c => c.Code).ToListAsync(ct);
        return ([u, .. children], f, t);
    }

    /// <summary>
    /// The dashboard of a unit: its main indicators for a half-year (the last complete one unless chosen), one indicator
    /// (the first main one unless chosen) over every half-year since 2021, and its sub-units ranked on it.
    /// </summary>
    public async Task<DashboardView> DashboardAsync(string? unitCode, string? key, string? half, CancellationToken ct)
    {
        var today = clock.VietnamToday();
        var halves = new List<HalfYear>();
        for (var y = FirstYear; y <= today.Year; y++)
        {
            var year = y.ToString(CultureInfo.InvariantCulture);
            halves.AddRange(new[] { new HalfYear($"1/{year}", new DateOnly(y, 1, 1), new DateOnly(y, 6, 30)), new HalfYear($"2/{year}", new DateOnly(y, 7, 1), new DateOnly(y, 12, 31)) }
                .Where(h => h.From <= today));
        }
        key = catalogue.Find(key ?? "")?.Key ?? catalogue.All.First(d => d.Headline).Key;
        var selected = halves.FirstOrDefault(h => h.Label == half) ?? (halves.Count > 1 ? halves[^2] : halves[^1]);
        var view = new DashboardView(halves, key, selected.Label, null, new Dictionary<string, decimal?>(), [], []);
        if (unitCode is null)
        {
            return view;
        }
        var unit = await scope.RequireAsync(Text.Clean(unitCode), Permission.View, ct);
        var overTime = new List<DashboardPoint>();
        IReadOnlyDictionary<string, decimal?> latest = view.Latest;
        foreach (var h in halves)
        {
            var values = await ValuesAsync(unit, h.From, h.To, ct);
            overTime.Add(new(h.Label, values.GetValueOrDefault(key)));
            if (h == selected)
            {
                latest = values;
            }
        }
        var children = await db.Units.AsNoTracking().Where(u => u.ParentId == unit.Id && RankedKinds.Contains(u.Kind))
            .Where(u => (u.ValidFrom == null || u.ValidFrom <= selected.To) && (u.ValidTo == null || u.ValidTo > selected.From)).ToListAsync(ct);
        var ranking = new List<RankRow>();
        if (children.Count > 0)
        {
            var byUnit = await ValuesForAsync(children, selected.From, selected.To, ct);
            ranking = children.Select(c => (c, v: byUnit[c.Id].GetValueOrDefault(key)))
                .OrderByDescending(x => x.v ?? decimal.MinValue).ThenBy(x => x.c.Name, Text.VietnameseOrder)
                .Select((x, i) => new RankRow(i + 1, x.c.Code, x.c.Name, x.v)).ToList();
        }
        var first = halves[0].From;
        var reorganised = await db.LineageLinks.AsNoTracking()
            .Where(l => (l.Event!.Kind == LineageEventKind.Merge || l.Event.Kind == LineageEventKind.Split) && l.Event.EffectiveDate >= first && l.Event.EffectiveDate <= today
                && (l.ToUnit!.Path.StartsWith(unit.Path) || l.FromUnit!.Path.StartsWith(unit.Path)))
            .Select(l => l.Event!.EffectiveDate).Distinct().OrderBy(d => d).ToListAsync(ct);
        return view with { UnitName = unit.Name, Latest = latest, OverTime = overTime, Ranking = ranking, Reorganised = reorganised };
    }

    /// <summary>The modules' figures of each unit: each source answers the whole table in one pass.</summary>
    private async Task<Dictionary<int, Dictionary<string, decimal>>> ComputedAsync(IReadOnlyList<Unit> units, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var result = units.ToDictionary(u => u.Id, _ => new Dictionary<string, decimal>());
        foreach (var source in sources)
        {
            foreach (var (unitId, values) in await source.ValuesAsync(units, from, to, ct))
            {
                foreach (var (key, value) in values)
                {
                    result[unitId][key] = value;
                }
            }
        }
        return result;
    }

    /// <summary>
    /// An entered indicator of a unit from the rows of its subtree: counts summed over the period, states each unit's
    /// latest summed over units, and a value never combined taken from the unit itself.
    /// </summary>
    private static decimal? RollUp(RollUpKind kind, IEnumerable<EnteredRow> rows, int unitId, DateOnly from) => kind switch
    {
        RollUpKind.Sum => rows.Where(r => r.From >= from).Sum(r => r.Value),
        RollUpKind.Latest => rows.GroupBy(r => r.UnitId).Sum(g => g.OrderByDescending(r => r.To).ThenByDescending(r => r.From).First().Value),
        RollUpKind.None => rows.Where(r => r.UnitId == unitId).OrderByDescending(r => r.To).Select(r => (decimal?)r.Value).FirstOrDefault(),
        _ => null,
    };

    private sealed record EnteredRow(int UnitId, string Path, string Key, DateOnly From, DateOnly To, decimal Value);

    /// <summary>
    /// Each unit's rows: those whose unit lies under one of its roll-up paths. Paths end with "/", so a row belongs to the
    /// units whose path is one of the prefixes of its own ending at a "/": one look-up per level of a row's path, however many
    /// units the table has (a national table of 34 provinces over every commune's rows).
    /// </summary>
    private static Dictionary<int, List<EnteredRow>> RowsByUnit(List<EnteredRow> rows, Dictionary<int, List<string>> pathsOf)
    {
        var result = pathsOf.Keys.ToDictionary(id => id, _ => new List<EnteredRow>());
        var byPath = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (id, paths) in pathsOf)
        {
            foreach (var path in paths.Distinct(StringComparer.Ordinal))
            {
                if (!path.EndsWith('/'))
                {
                    throw new InvalidOperationException($"A unit path must end with '/': '{path}'.");
                }
                if (!byPath.TryGetValue(path, out var ids))
                {
                    byPath[path] = ids = [];
                }
                ids.Add(id);
            }
        }
        var lookup = byPath.GetAlternateLookup<ReadOnlySpan<char>>();
        var seen = new HashSet<int>();
        foreach (var row in rows)
        {
            seen.Clear();
            for (var end = row.Path.IndexOf('/', 1); end >= 0; end = row.Path.IndexOf('/', end + 1))
            {
                if (lookup.TryGetValue(row.Path.AsSpan(0, end + 1), out var ids))
                {
                    foreach (var id in ids)
                    {
                        if (seen.Add(id))
                        {
                            result[id].Add(row);
                        }
                    }
                }
            }
        }
        return result;
    }
}

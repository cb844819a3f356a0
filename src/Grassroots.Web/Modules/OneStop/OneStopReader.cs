using Grassroots.Web.Platform.Documents;
using Microsoft.Extensions.Localization;
using static Grassroots.Web.Modules.OneStop.OneStopIndicatorSource;

namespace Grassroots.Web.Modules.OneStop;

/// <summary>A unit's line of the dashboard: its counts over the period and its rates.</summary>
public sealed record OneStopLine(string UnitCode, string UnitName, Totals Totals);

/// <summary>One month of the online share's trend: dossiers received new, online among them, the share.</summary>
public sealed record OneStopTrendPoint(DateOnly Month, long ReceivedNew, long Online, decimal? Rate);

/// <summary>An upload as the page lists it.</summary>
public sealed record OneStopImportLine(Guid Id, string UnitName, OneStopSource Source, string FileName, DateOnly From, DateOnly To, int Rows, int Figures,
    int Replaced, DateTime CreatedAt, string? CreatedBy);

/// <summary>
/// The one-stop dashboard of a unit and a period: its totals and rates rolled up (subtree and lineage), the line of each unit
/// directly below it, the units holding the most overdue dossiers at the period's end, the online share month by month,
/// and the latest uploads.
/// </summary>
public sealed record OneStopDashboard(string UnitCode, string UnitName, DateOnly From, DateOnly To, Totals Total, IReadOnlyList<OneStopLine> Units,
    IReadOnlyList<OneStopLine> Overdue, IReadOnlyList<OneStopTrendPoint> Trend, IReadOnlyList<OneStopImportLine> Imports);

public sealed class OneStopReader(AppDbContext db, UnitScope scope, UnitLineage lineage, IStringLocalizer<SharedResource> t)
{
    /// <summary>
    /// The dashboard as a workbook, in the order of the periodic reports' appendix: a row for the unit itself and for each unit
    /// below it, with received (carried over, new, online), settled (early, on time, late), pending (overdue), returned,
    /// digitised results and the three rates.
    /// </summary>
    public async Task<FileContent> RegisterAsync(string? unitCode, DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        var d = await DashboardAsync(unitCode, from, to, ct);
        string L(string key) => t[key].Value;
        SheetColumn[] columns =
        [
            new(L("OneStop.Col.Unit"), 28), new(L("OneStop.Xlsx.CarriedOver")), new(L("OneStop.Col.ReceivedNew")), new(L("OneStop.Xlsx.Online")),
            new(L("OneStop.Xlsx.Early")), new(L("OneStop.Xlsx.OnTime")), new(L("OneStop.Xlsx.Late")), new(L("OneStop.Xlsx.Pending")), new(L("OneStop.Col.Overdue")),
            new(L("OneStop.Page.Returned")), new(L("OneStop.Xlsx.DigitisedResults")), new(L("OneStop.Col.OnlineRate")), new(L("OneStop.Col.OnTimeRate")),
            new(L("OneStop.Col.DigitisedRate")),
        ];
        static object?[] Row(string name, Totals s) =>
        [
            name, s.CarriedOver, s.ReceivedNew, s.Online, s.Early, s.OnTime, s.Late, s.Pending, s.PendingOverdue, s.Returned, s.DigitisedResults,
            s.OnlineRate, s.OnTimeRate, s.DigitisedRate,
        ];
        var rows = new List<object?[]> { Row(d.UnitName, d.Total) };
        rows.AddRange(d.Units.Select(l => Row(l.UnitName, l.Totals)));
        return Spreadsheet.Register(new RegisterHeading("thong-ke-mot-cua", d.UnitName, d.UnitCode, d.From, d.To, L("OneStop.Xlsx.Sheet"), L("OneStop.Xlsx.Title"),
            t["OneStop.Xlsx.Period", Text.Date(d.From), Text.Date(d.To)].Value, L("OneStop.Page.NoFigures")), columns, d.Total.Received == 0 && d.Total.Pending == 0 ? [] : rows);
    }

    public const int RankingSize = 10;

    public async Task<OneStopDashboard> DashboardAsync(string? unitCode, DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        var (unit, start, end) = await StatisticsQuery.RequireAsync(scope, unitCode, from, to, ct);
        var children = await db.Units.AsNoTracking().Where(u => u.ParentId == unit.Id && (u.ValidTo == null || u.ValidTo > start))
            .OrderBy(u => u.Name).ToListAsync(ct);
        var all = new List<Unit>(children) { unit };
        var idsOf = await lineage.RollUpUnitIdsAsync(all, ct);
        var ids = idsOf[unit.Id];
        var rows = await RowsAsync(db, ids, start, end, ct);
        var names = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Code, u.Name }).ToDictionaryAsync(u => u.Id, ct);
        var lines = children.Select(c => new OneStopLine(c.Code, c.Name, Totals.Of(rows.Where(r => idsOf[c.Id].Contains(r.UnitId)))))
            .Where(l => l.Totals.Received > 0 || l.Totals.Pending > 0).ToList();
        var overdue = rows.GroupBy(r => r.UnitId).Select(g => new OneStopLine(names[g.Key].Code, names[g.Key].Name, Totals.Of(g)))
            .Where(l => l.Totals.PendingOverdue > 0).OrderByDescending(l => l.Totals.PendingOverdue).ThenBy(l => l.UnitName).Take(RankingSize).ToList();
        var trend = rows.GroupBy(r => new DateOnly(r.From.Year, r.From.Month, 1)).OrderBy(g => g.Key)
            .Select(g =>
            {
                long received = g.Sum(r => (long)r.Online + r.Post + r.Counter), online = g.Sum(r => (long)r.Online);
                return new OneStopTrendPoint(g.Key, received, online, OneStopRules.Rate(online, received));
            }).ToList();
        var unitPath = unit.Path; // the uploads of the unit's subtree, and those of the units above it (a province's file covers its communes)
        var visible = await scope.FilterAsync(db.Set<OneStopImport>().AsNoTracking(), i => i.Unit!.Path, Permission.View, ct);
        var imports = await visible.Where(i => i.Unit!.Path.StartsWith(unit.Path) || unitPath.StartsWith(i.Unit!.Path)).OrderByDescending(i => i.CreatedAt).Take(10)
            .Select(i => new OneStopImportLine(i.Id, i.Unit!.Name, i.Source, i.FileName, i.From, i.To, i.Rows, i.Figures, i.Replaced, i.CreatedAt, i.CreatedBy))
            .ToListAsync(ct);
        return new OneStopDashboard(unit.Code, unit.Name, start, end, Totals.Of(rows), lines, overdue, trend, imports);
    }
}

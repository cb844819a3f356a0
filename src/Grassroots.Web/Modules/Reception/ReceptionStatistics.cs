using Grassroots.Web.Modules.Directory;
using Grassroots.Web.Modules.Reception.Contracts;
using Grassroots.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Grassroots.Web.Modules.Reception;

/// <summary>Reception figures of a unit's subtree, including the units merged into it, for a period.</summary>
public sealed class ReceptionStatistics(AppDbContext db, UnitLineage lineage) : IReceptionFigures
{
    public async Task<ReceptionStatisticsDto> HandleAsync(Unit unit, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var paths = await lineage.RollUpPathsAsync(unit, ct);
        var units = db.Units.Where(UnitPaths.Within<Unit>(u => u.Path, paths)).Select(u => u.Id);
        var visits = await db.Set<ReceptionVisit>().AsNoTracking()
            .Join(db.Set<ReceptionSession>(), v => v.SessionId, s => s.Id, (v, s) => new { v.People, v.IsCrowd, v.MatterId, s.Kind, s.HeldOn, s.UnitId })
            .Where(x => x.HeldOn >= from && x.HeldOn <= to && units.Contains(x.UnitId))
            .Select(x => new Row(x.People, x.IsCrowd, x.MatterId, x.Kind))
            .ToListAsync(ct);
        return new ReceptionStatisticsDto(unit.Code, from, to, Figures(visits),
            Figures(visits.Where(v => v.Kind != SessionKind.Regular)), Figures(visits.Where(v => v.Kind == SessionKind.Regular)));
    }

    private sealed record Row(int People, bool IsCrowd, Guid MatterId, SessionKind Kind);

    private static ReceptionFigures Figures(IEnumerable<Row> rows)
    {
        var list = rows.ToList();
        var crowd = list.Where(r => r.IsCrowd).ToList();
        return new ReceptionFigures(list.Count, list.Sum(r => r.People), list.Select(r => r.MatterId).Distinct().Count(),
            crowd.Count, crowd.Sum(r => r.People), crowd.Select(r => r.MatterId).Distinct().Count());
    }
}

namespace Grassroots.Web.Modules.Reception;

/// <summary>"455 lượt/578 người với 420 vụ việc (có 01 đoàn đông người 33 người/01 vụ)".</summary>
public sealed record ReceptionFigures(int Visits, int People, int Cases, int CrowdDelegations, int CrowdPeople, int CrowdCases);

/// <summary>The seed reports split receptions by the head (periodic and unscheduled) and regular ones.</summary>
public sealed record ReceptionStatisticsDto(string UnitCode, DateOnly From, DateOnly To, ReceptionFigures All, ReceptionFigures ByHead, ReceptionFigures Regular);

/// <summary>Reception figures of a unit's subtree, including the units merged into it, for a period.</summary>
public sealed class ReceptionStatistics(AppDbContext db, UnitLineage lineage)
{
    public async Task<ReceptionStatisticsDto> HandleAsync(Unit unit, DateOnly from, DateOnly to, CancellationToken ct = default) =>
        (await HandleManyAsync([unit], from, to, ct))[unit.Id];

    /// <summary>The figures of several units from one read of the period's visits (a consolidated report's table).</summary>
    public async Task<Dictionary<int, ReceptionStatisticsDto>> HandleManyAsync(IReadOnlyList<Unit> units, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var idsOf = await lineage.RollUpUnitIdsAsync(units, ct);
        var unitIds = idsOf.Values.SelectMany(ids => ids).Distinct().ToList();
        var visits = await db.Set<ReceptionVisit>().AsNoTracking()
            .Join(db.Set<ReceptionSession>(), v => v.SessionId, s => s.Id, (v, s) => new { v.People, v.IsCrowd, v.MatterId, s.Kind, s.HeldOn, s.UnitId })
            .Where(x => x.HeldOn >= from && x.HeldOn <= to && unitIds.Contains(x.UnitId))
            .Select(x => new Row(x.UnitId, x.People, x.IsCrowd, x.MatterId, x.Kind))
            .ToListAsync(ct);
        return units.ToDictionary(u => u.Id, u =>
        {
            var mine = units.Count == 1 ? visits : visits.Where(v => idsOf[u.Id].Contains(v.UnitId)).ToList();
            return new ReceptionStatisticsDto(u.Code, from, to, Figures(mine),
                Figures(mine.Where(v => v.Kind != SessionKind.Regular)), Figures(mine.Where(v => v.Kind == SessionKind.Regular)));
        });
    }

    private sealed record Row(int UnitId, int People, bool IsCrowd, Guid MatterId, SessionKind Kind);

    private static ReceptionFigures Figures(IEnumerable<Row> rows)
    {
        var list = rows.ToList();
        var crowd = list.Where(r => r.IsCrowd).ToList();
        return new ReceptionFigures(list.Count, list.Sum(r => r.People), list.Select(r => r.MatterId).Distinct().Count(),
            crowd.Count, crowd.Sum(r => r.People), crowd.Select(r => r.MatterId).Distinct().Count());
    }
}

namespace Grassroots.Web.Modules.Petitions.Public;

/// <summary>The verdicts given on the tracking page (<see cref="GiveSatisfaction"/>), counted from their events.</summary>
public sealed class PetitionVerdicts(AppDbContext db) : IPetitionVerdicts
{
    public async Task<IReadOnlyList<PetitionVerdictCount>> CountAsync(IReadOnlyCollection<int> unitIds, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var rows = await db.Set<PetitionEvent>().AsNoTracking()
            .Where(e => e.Kind == PetitionEventKind.SatisfactionGiven && e.On >= from && e.On <= to && unitIds.Contains(e.UnitId))
            .GroupBy(e => new { e.UnitId, Satisfied = e.Note == "Satisfied" })
            .Select(g => new { g.Key.UnitId, g.Key.Satisfied, Count = g.Count() })
            .ToListAsync(ct);
        return [.. rows.GroupBy(r => r.UnitId).Select(g => new PetitionVerdictCount(g.Key,
            g.Where(r => r.Satisfied).Sum(r => r.Count), g.Where(r => !r.Satisfied).Sum(r => r.Count)))];
    }
}

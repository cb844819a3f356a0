namespace Grassroots.Web.Modules.Indicators;

/// <summary>
/// What the entry use cases share: values written for units and a period in one save, each replacing the unit's earlier
/// value of the same indicator and period; a null value removes it.
/// </summary>
[Scoped]
public sealed class IndicatorValueStore(AppDbContext db, CurrentUser user, TimeProvider clock)
{
    public async Task<(int Saved, int Removed)> StoreAsync(IReadOnlyList<(Unit Unit, Dictionary<string, decimal?> Values)> rows, DateOnly from, DateOnly to,
        ValueOrigin origin, CancellationToken ct)
    {
        var ids = rows.Select(r => r.Unit.Id).ToList();
        var existing = await db.Set<IndicatorValue>().Where(x => ids.Contains(x.UnitId) && x.From == from && x.To == to).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var by = user.UserName ?? "system";
        int saved = 0, removed = 0;
        foreach (var (unit, values) in rows)
        {
            foreach (var (key, value) in values)
            {
                var row = existing.FirstOrDefault(x => x.UnitId == unit.Id && x.Key == key);
                if (value is null)
                {
                    if (row is not null)
                    {
                        db.Remove(row);
                        removed++;
                    }
                    continue;
                }
                if (row is null)
                {
                    row = new IndicatorValue { UnitId = unit.Id, Key = key, From = from, To = to, EnteredBy = by };
                    db.Add(row);
                }
                row.Value = value.Value;
                row.Origin = origin;
                row.EnteredBy = by;
                row.EnteredAt = now;
                saved++;
            }
        }
        await db.SaveChangesAsync(ct);
        return (saved, removed);
    }
}

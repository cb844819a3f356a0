
namespace Grassroots.Web.Modules.Reception;

public sealed record ScheduleRequest(string? HeadName, string? Place, string? Note);

public enum ScheduledDayState
{
    Upcoming,
    Held,
    Missed,
}

public sealed record ScheduledDay(DateOnly On, string HeadName, string Place, string? Note, ScheduledDayState State);

/// <summary>
/// The head's reception schedule, published on the portal; each past day shows whether a periodic
/// session was held. The law sets how often (LTCD Điều 12–15: commune chairman at least one day a week).
/// </summary>
public sealed class ReceptionSchedule(AppDbContext db, UnitScope scope, TimeProvider clock)
{
    public async Task<ReceptionScheduleEntry> SetAsync(string unitCode, DateOnly on, ScheduleRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Text(r.HeadName, "headName", 200)
            .Text(r.Place, "place", 300)
            .Text(r.Note, "note", 1000, required: false)
            .ThrowIfInvalid();
        var unit = await scope.RequireAsync(unitCode, Permission.Edit, ct);
        var entry = await db.Set<ReceptionScheduleEntry>().FirstOrDefaultAsync(e => e.UnitId == unit.Id && e.On == on, ct);
        if (entry is null)
        {
            entry = new ReceptionScheduleEntry { UnitId = unit.Id, On = on, HeadName = "", Place = "" };
            db.Add(entry);
        }
        entry.HeadName = Text.Clean(r.HeadName);
        entry.Place = Text.Clean(r.Place);
        entry.Note = Text.CleanOrNull(r.Note);
        await db.SaveChangesAsync(ct);
        return entry;
    }

    public async Task RemoveAsync(string unitCode, DateOnly on, CancellationToken ct = default)
    {
        var unit = await scope.RequireAsync(unitCode, Permission.Edit, ct);
        var entry = await db.Set<ReceptionScheduleEntry>().FirstOrDefaultAsync(e => e.UnitId == unit.Id && e.On == on, ct)
            ?? throw DomainException.NotFound("Reception.ScheduleNotFound", Text.Date(on));
        db.Remove(entry);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>For the portal (no sign-in) and for officers: the days between two dates, held or missed.</summary>
    public async Task<List<ScheduledDay>> DaysAsync(Unit unit, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        if (to < from || to.DayNumber - from.DayNumber > 400)
        {
            throw DomainException.Invalid("Reception.RangeInvalid");
        }
        var today = clock.VietnamToday();
        var entries = await db.Set<ReceptionScheduleEntry>().AsNoTracking()
            .Where(e => e.UnitId == unit.Id && e.On >= from && e.On <= to).OrderBy(e => e.On).ToListAsync(ct);
        var held = (await db.Set<ReceptionSession>().AsNoTracking()
            .Where(s => s.UnitId == unit.Id && s.Kind == SessionKind.Periodic && s.HeldOn >= from && s.HeldOn <= to)
            .Select(s => s.HeldOn).ToListAsync(ct)).ToHashSet();
        return entries.Select(e => new ScheduledDay(e.On, e.HeadName, e.Place, e.Note,
            held.Contains(e.On) ? ScheduledDayState.Held : e.On >= today ? ScheduledDayState.Upcoming : ScheduledDayState.Missed)).ToList();
    }
}

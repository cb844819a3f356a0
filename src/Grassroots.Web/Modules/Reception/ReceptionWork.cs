using Grassroots.Web.Modules.Home.Contracts;

namespace Grassroots.Web.Modules.Reception;

/// <summary>
/// Today's reception on the landing page ("Việc của tôi"): the sessions held today and the head's published reception days
/// falling today, in every unit the caller reaches (a province's head: every unit of the province).
/// </summary>
public sealed class ReceptionWork(AppDbContext db, UnitScope scope, TimeProvider clock) : IMyWorkSource
{
    /// <summary>At most this many of today's days are named one by one; the count covers them all.</summary>
    public const int Named = 5;

    public async Task<MyWorkGroup?> ReadAsync(CancellationToken ct = default)
    {
        if (!await scope.HasAnywhereAsync(Permission.View, ct))
        {
            return null;
        }
        var today = clock.VietnamToday();
        var sessions = (await scope.FilterAsync(db.Set<ReceptionSession>().AsNoTracking(), s => s.Unit!.Path, Permission.View, ct))
            .Where(s => s.HeldOn == today);
        var sessionCount = await sessions.CountAsync(ct);
        var sessionList = await sessions.OrderBy(s => s.Unit!.Code).ThenBy(s => s.CreatedAt).Take(Named)
            .Select(s => new { s.Id, UnitName = s.Unit!.Name, s.Place }).ToListAsync(ct);
        var units = await scope.VisibleUnitsAsync(Permission.View, ct);
        var days = db.Set<ReceptionScheduleEntry>().AsNoTracking().Where(e => e.On == today && units.Any(u => u.Id == e.UnitId));
        var dayCount = await days.CountAsync(ct);
        var dayList = await days.Join(units, e => e.UnitId, u => u.Id, (e, u) => new { u.Code, u.Name, e.HeadName, e.Place })
            .OrderBy(d => d.Code).Take(Named).ToListAsync(ct);
        return new MyWorkGroup("reception", 20, "MyWork.Reception",
        [
            new("reception-sessions", sessionCount, "/reception", "MyWork.Reception.Sessions", "MyWork.Reception.SessionsNone",
                Details: sessionList.Select(s => new MyWorkDetail($"{s.UnitName} — {s.Place}", $"/reception/{s.Id}")).ToList()),
            new("reception-schedule", dayCount, dayList.Count == 1 ? $"/reception/schedule?unit={dayList[0].Code}" : "/reception/schedule",
                "MyWork.Reception.Schedule", "MyWork.Reception.ScheduleNone",
                Details: dayList.Select(d => new MyWorkDetail($"{d.Name} — {d.HeadName}, {d.Place}", $"/reception/schedule?unit={d.Code}")).ToList()),
        ]);
    }
}

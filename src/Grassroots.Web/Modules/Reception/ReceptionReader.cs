namespace Grassroots.Web.Modules.Reception;

public sealed record VisitDto(Guid Id, int People, bool IsCrowd, bool IdentityProtected, string VisitorName, string? VisitorAddress, string? VisitorIdNumber, string Content, Guid MatterId,
    VisitOutcome Outcome, Guid? PetitionId, string? Note)
{
    public static VisitDto From(ReceptionVisit v) =>
        new(v.Id, v.People, v.IsCrowd, v.IdentityProtected, v.VisitorName, v.VisitorAddress, v.VisitorIdNumber, v.Content, v.MatterId, v.Outcome, v.PetitionId, v.Note);
}

public sealed record SessionDto(Guid Id, string UnitCode, string UnitName, SessionKind Kind, DateOnly HeldOn, string Place, string ReceivedBy,
    int Visits, int People, IReadOnlyList<VisitDto>? VisitList);

/// <summary>Which sessions a list shows: those in the caller's reach, of a unit's subtree, held in a period, newest first.</summary>
public sealed record SessionFilter(string? Unit = null, DateOnly? From = null, DateOnly? To = null, int Take = 200);

/// <summary>A page of sessions: <see cref="Size"/> rows of <see cref="Total"/>.</summary>
public sealed record SessionPage(IReadOnlyList<SessionDto> Rows, int Page, int Total)
{
    public const int Size = 50;

    public int Pages => Math.Max(1, (Total + Size - 1) / Size);
}

/// <summary>A session on its page, with whether the reader may log visits in it.</summary>
public sealed record SessionView(SessionDto Session, bool CanEdit);

public enum ScheduledDayState
{
    Upcoming,
    Held,
    Missed,
}

public sealed record ScheduledDay(DateOnly On, string HeadName, string Place, string? Note, ScheduledDayState State, TimeOnly? StartsAt = null, TimeOnly? EndsAt = null);

/// <summary>A unit's published reception days, as the portal shows them.</summary>
public sealed record PublicSchedule(string UnitName, IReadOnlyList<ScheduledDay> Days);

/// <summary>
/// Every list and view of the reception, for the API and the pages alike: sessions and their visits within the
/// caller's reach; the head's schedule for officers, and for everyone on the portal, as the law asks it published
/// (LTCD Điều 12–15: the commune chairman at least one day a week).
/// </summary>
public sealed class ReceptionReader(AppDbContext db, UnitScope scope, UnitDirectory directory, UnitLineage lineage, TimeProvider clock)
{
    public async Task<List<SessionDto>> SessionsAsync(SessionFilter filter, CancellationToken ct) =>
        await Rows((await FilteredAsync(filter, ct)).Take(filter.Take)).ToListAsync(ct);

    /// <summary>
    /// A page of the sessions a list shows (newest first), with how many there are in all. A unit's list holds what its
    /// reception log holds: its subtree's sessions and those of the units merged into it.
    /// </summary>
    public async Task<SessionPage> SessionPageAsync(SessionFilter filter, int page, CancellationToken ct)
    {
        var query = await FilteredAsync(filter with { Unit = null }, ct);
        if (!string.IsNullOrWhiteSpace(filter.Unit))
        {
            var unit = await scope.RequireAsync(Text.Clean(filter.Unit), Permission.View, ct);
            query = query.Where(UnitPaths.Within<ReceptionSession>(s => s.Unit!.Path, await lineage.RollUpPathsAsync(unit, ct)));
        }
        var total = await query.CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (total + SessionPage.Size - 1) / SessionPage.Size));
        var rows = await Rows(query.Skip((page - 1) * SessionPage.Size).Take(SessionPage.Size)).ToListAsync(ct);
        return new SessionPage(rows, page, total);
    }

    private async Task<IQueryable<ReceptionSession>> FilteredAsync(SessionFilter filter, CancellationToken ct)
    {
        var query = await scope.ListAsync(db.Set<ReceptionSession>().AsNoTracking(), s => s.Unit!.Path, filter.Unit, ct: ct);
        if (filter.From is { } from)
        {
            query = query.Where(s => s.HeldOn >= from);
        }
        if (filter.To is { } to)
        {
            query = query.Where(s => s.HeldOn <= to);
        }
        return query.OrderByDescending(s => s.HeldOn).ThenBy(s => s.Id);
    }

    private static IQueryable<SessionDto> Rows(IQueryable<ReceptionSession> query) =>
        query.Select(s => new SessionDto(s.Id, s.Unit!.Code, s.Unit.Name, s.Kind, s.HeldOn, s.Place, s.ReceivedBy, s.Visits.Count, s.Visits.Sum(v => v.People), null));

    public async Task<SessionDto> SessionAsync(Guid id, CancellationToken ct) => (await LoadAsync(id, ct)).Item;

    public async Task<SessionView> SessionViewAsync(Guid id, CancellationToken ct)
    {
        var (item, session) = await LoadAsync(id, ct);
        return new SessionView(item, await scope.CanAsync(session.Unit!, Permission.Edit, ct));
    }

    /// <summary>The head's days between two dates, for the officers of the unit: held or missed.</summary>
    public async Task<List<ScheduledDay>> ScheduleAsync(string unitCode, DateOnly from, DateOnly to, CancellationToken ct) =>
        await DaysAsync(await scope.RequireAsync(Text.Clean(unitCode), Permission.View, ct), from, to, ct);

    /// <summary>The head's days as the portal publishes them, without sign-in.</summary>
    public async Task<PublicSchedule> PublicScheduleAsync(string unitCode, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var unit = await directory.FindAsync(Text.Clean(unitCode), ct);
        return new PublicSchedule(unit.Name, await DaysAsync(unit, from, to, ct));
    }

    /// <summary>Each published day between two dates; a past one is held when the head received citizens that day.</summary>
    private async Task<List<ScheduledDay>> DaysAsync(Unit unit, DateOnly from, DateOnly to, CancellationToken ct)
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
            held.Contains(e.On) ? ScheduledDayState.Held : e.On >= today ? ScheduledDayState.Upcoming : ScheduledDayState.Missed, e.StartsAt, e.EndsAt)).ToList();
    }

    private async Task<(SessionDto Item, ReceptionSession Session)> LoadAsync(Guid id, CancellationToken ct)
    {
        var s = await db.Set<ReceptionSession>().AsNoTracking().Include(x => x.Unit).Include(x => x.Visits.OrderBy(v => v.Id))
                .FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw DomainException.NotFound("Reception.SessionNotFound");
        await scope.RequireAsync(s.Unit!, Permission.View, ct);
        var item = new SessionDto(s.Id, s.Unit!.Code, s.Unit.Name, s.Kind, s.HeldOn, s.Place, s.ReceivedBy, s.Visits.Count, s.Visits.Sum(v => v.People),
            s.Visits.Select(VisitDto.From).ToList());
        return (item, s);
    }
}

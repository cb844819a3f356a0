namespace Grassroots.Web.Modules.Petitions.Queue;

public enum DueFilter
{
    All,
    Soon,
    Overdue,

    /// <summary>Denunciations of units below, not settled in time and reported to this level (LTC Điều 38).</summary>
    Escalated,
}

public sealed record QueueFilter(string? Unit, PetitionStatus? Status, PetitionKind? Kind, DueFilter Due = DueFilter.All, bool OpenOnly = false, int Page = 1);

/// <summary>A row of the queue: never the denouncer's identity (denunciations show no name at all).</summary>
public sealed record QueueRow(Guid Id, string TrackingCode, PetitionKind Kind, PetitionStatus Status, DateOnly ReceivedOn, string Subject,
    string UnitCode, string UnitName, string? PetitionerName, DeadlineRuleId? NextRule, DateOnly? NextDueOn, bool IsOverdue);

public sealed record QueuePage(IReadOnlyList<QueueRow> Rows, int Page, int PageSize, int Total);

/// <summary>The letters in the caller's reach, soonest deadline first: each officer's and head's own queue.</summary>
public sealed class PetitionQueue(AppDbContext db, UnitScope scope, WorkingCalendar calendar, TimeProvider clock)
{
    public const int PageSize = 50;
    /// <summary>"Due soon": within this many working days.</summary>
    public const int SoonWorkingDays = 3;

    public async Task<QueuePage> HandleAsync(QueueFilter f, CancellationToken ct = default)
    {
        var (query, today) = await QueryAsync(f, ct);
        var total = await query.CountAsync(ct);
        var page = Math.Clamp(f.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await query
            .Select(p => new
            {
                p.Id,
                p.TrackingCode,
                p.Kind,
                p.Status,
                p.ReceivedOn,
                p.Subject,
                UnitCode = p.Unit!.Code,
                UnitName = p.Unit.Name,
                p.PetitionerName,
                // Two scalar subqueries, each probing the letter's own clocks: a projected object here would become a
                // join over every running clock of the database, numbered per letter, before the page is cut.
                NextDue = p.Deadlines.Where(d => d.State == DeadlineState.Running).OrderBy(d => d.DueOn).Select(d => d.DueOn).FirstOrDefault(),
                NextRule = p.Deadlines.Where(d => d.State == DeadlineState.Running).OrderBy(d => d.DueOn).Select(d => (DeadlineRuleId?)d.Rule).FirstOrDefault(),
            })
            .OrderBy(p => p.NextDue == null ? 1 : 0).ThenBy(p => p.NextDue).ThenByDescending(p => p.ReceivedOn)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .ToListAsync(ct);
        return new QueuePage(rows.Select(p => new QueueRow(p.Id, p.TrackingCode, p.Kind, p.Status, p.ReceivedOn, p.Subject, p.UnitCode, p.UnitName,
            p.PetitionerName, p.NextRule, p.NextDue, p.NextDue < today)).ToList(), page, PageSize, total);
    }

    /// <summary>
    /// The open letters in reach with a clock running, each with the nearest limit of its running clocks, soonest first:
    /// what a calendar of the officer's deadlines shows.
    /// </summary>
    public async Task<IReadOnlyList<(Guid Id, string TrackingCode, PetitionKind Kind, DateOnly DueOn)>> RunningLimitsAsync(int max, CancellationToken ct = default)
    {
        var (query, _) = await QueryAsync(new QueueFilter(null, null, null, OpenOnly: true), ct);
        var rows = await query
            .Select(p => new
            {
                p.Id,
                p.TrackingCode,
                p.Kind,
                NextDue = p.Deadlines.Where(d => d.State == DeadlineState.Running).OrderBy(d => d.DueOn).Select(d => (DateOnly?)d.DueOn).FirstOrDefault(),
            })
            .Where(p => p.NextDue != null)
            .OrderBy(p => p.NextDue).ThenBy(p => p.TrackingCode)
            .Take(max)
            .ToListAsync(ct);
        return rows.Select(r => (r.Id, r.TrackingCode, r.Kind, r.NextDue!.Value)).ToList();
    }

    /// <summary>How many letters the queue lists for the filter (its <see cref="QueuePage.Total"/>), without reading a page.</summary>
    public async Task<int> CountAsync(QueueFilter f, CancellationToken ct = default) => await (await QueryAsync(f, ct)).Query.CountAsync(ct);

    private async Task<(IQueryable<Petition> Query, DateOnly Today)> QueryAsync(QueueFilter f, CancellationToken ct)
    {
        var today = clock.VietnamToday();
        var soon = await calendar.AddWorkingDaysAsync(today, SoonWorkingDays, ct);
        // The units first (a short list for an officer), then the letters by an indexed unit column.
        var units = await scope.VisibleUnitsAsync(Permission.View, ct);
        if (!string.IsNullOrWhiteSpace(f.Unit))
        {
            var unit = await scope.RequireAsync(Text.Clean(f.Unit), Permission.View, ct);
            units = units.Where(u => u.Path.StartsWith(unit.Path));
        }
        var unitIds = await units.Select(u => u.Id).ToListAsync(ct);
        var query = db.Set<Petition>().AsNoTracking().Where(p => unitIds.Contains(p.UnitId));
        if (f.Status is { } status)
        {
            query = query.Where(p => p.Status == status);
        }
        if (f.Kind is { } kind)
        {
            query = query.Where(p => p.Kind == kind);
        }
        if (f.OpenOnly)
        {
            query = query.Where(p => p.Status == PetitionStatus.Received || p.Status == PetitionStatus.Classified
                || p.Status == PetitionStatus.Accepted || p.Status == PetitionStatus.Resolved);
        }
        // Only open letters have running clocks: the (unit, status) index finds them, then each is probed for its clock.
        var open = f.Due == DueFilter.All ? query : query.Where(p => p.Status == PetitionStatus.Received || p.Status == PetitionStatus.Classified
            || p.Status == PetitionStatus.Accepted);
        query = f.Due switch
        {
            DueFilter.Overdue => open.Where(p => p.Deadlines.Any(d => d.State == DeadlineState.Running && d.DueOn < today)),
            DueFilter.Soon => open.Where(p => p.Deadlines.Any(d => d.State == DeadlineState.Running && d.DueOn >= today && d.DueOn <= soon)),
            DueFilter.Escalated => open.Where(p => p.Kind == PetitionKind.Denunciation
                && db.Set<PetitionEvent>().Any(e => e.PetitionId == p.Id && e.Kind == PetitionEventKind.Escalated && unitIds.Contains(e.UnitId))),
            DueFilter.All => query,
        };
        return (query, today);
    }
}

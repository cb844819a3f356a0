using Grassroots.Web.Modules.Indicators.Contracts;

namespace Grassroots.Web.Modules.Reports;

public sealed record OpenPeriodRequest(string? TemplateKey, string? UnitCode, string? Title, DateOnly? From, DateOnly? To, DateOnly? DueOn, string? Recipient,
    IReadOnlyList<string>? UnitCodes = null);

public sealed record PeriodUnitStatus(string UnitCode, string UnitName, ReportStatus Status, DateTime? SubmittedAt, bool Late, IReadOnlyList<ReminderKind> Reminders);

public sealed record PeriodDto(Guid Id, string Title, string TemplateKey, int TemplateVersion, string OwnerCode, string OwnerName, DateOnly From, DateOnly To,
    DateOnly DueOn, string Recipient, PeriodStatus Status, ReportStatus OwnReport, IReadOnlyList<PeriodUnitStatus>? Units);

/// <summary>
/// Report periods: opened by the unit that will consolidate, for the units that must report to it (its
/// sub-units existing in the period unless listed), closed when everyone has reported or the due date has
/// passed — never earlier.
/// </summary>
public sealed class ReportPeriods(AppDbContext db, UnitScope scope, TimeProvider clock, WorkingCalendar calendar)
{
    /// <summary>Reminders go out this many working days before the due date.</summary>
    public const int DueSoonWorkingDays = 3;

    /// <summary>Sub-units that report by default: districts under a province, communes under a district or a province.</summary>
    private static readonly UnitKind[] ReportingKinds = [UnitKind.District, UnitKind.Commune, UnitKind.Ward, UnitKind.Township, UnitKind.SpecialZone];

    public async Task<ReportPeriod> OpenAsync(OpenPeriodRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Text(r.TemplateKey, "templateKey", ReportTemplate.KeyMaxLength)
            .Text(r.UnitCode, "unitCode", Unit.CodeMaxLength)
            .Text(r.Title, "title", 500)
            .Text(r.Recipient, "recipient", 300)
            .Require(r.From is not null, "from", "Validation.Required")
            .Require(r.To is not null, "to", "Validation.Required")
            .Require(r.DueOn is not null, "dueOn", "Validation.Required")
            .Require(r.From is null || r.To is null || (r.From <= r.To && r.To.Value.DayNumber - r.From.Value.DayNumber <= 366 * 5), "to", "Statistics.PeriodInvalid")
            .Require(r.DueOn is null || r.From is null || r.DueOn >= r.From, "dueOn", "Reports.DueBeforeStart")
            .ThrowIfInvalid();
        var owner = await scope.RequireAsync(Text.Clean(r.UnitCode), Permission.Edit, ct);
        await BuiltInTemplates.EnsureAsync(db, clock, ct);
        var key = Text.Clean(r.TemplateKey);
        var template = await db.Set<ReportTemplate>().Where(t => t.Key == key).OrderByDescending(t => t.Version).FirstOrDefaultAsync(ct)
            ?? throw DomainException.NotFound("Reports.TemplateNotFound", key);
        var (from, to) = (r.From!.Value, r.To!.Value);
        ReportPeriods.RequireExistsIn(owner, from, to);
        List<Unit> units;
        if (r.UnitCodes is { Count: > 0 } codes)
        {
            var clean = codes.Select(Text.Clean).Distinct().ToList();
            units = await db.Units.Where(u => clean.Contains(u.Code)).ToListAsync(ct);
            foreach (var missing in clean.Except(units.Select(u => u.Code)))
            {
                throw DomainException.NotFound("Unit.NotFound", missing);
            }
            foreach (var u in units)
            {
                if (!u.IsInSubtreeOf(owner.Path) || u.Id == owner.Id)
                {
                    throw DomainException.Invalid("Reports.NotASubUnit", u.Name, owner.Name);
                }
                ReportPeriods.RequireExistsIn(u, from, to);
            }
        }
        else
        {
            units = await db.Units.Where(u => u.ParentId == owner.Id && ReportingKinds.Contains(u.Kind))
                .Where(u => (u.ValidFrom == null || u.ValidFrom <= to) && (u.ValidTo == null || u.ValidTo > from)).ToListAsync(ct);
        }
        var period = new ReportPeriod
        {
            TemplateId = template.Id,
            OwnerUnitId = owner.Id,
            Title = Text.Clean(r.Title),
            From = from,
            To = to,
            DueOn = r.DueOn!.Value,
            Recipient = Text.Clean(r.Recipient),
            Status = PeriodStatus.Open,
            OpenedAt = clock.GetUtcNow().UtcDateTime,
            Units = units.Select(u => new ReportPeriodUnit { UnitId = u.Id }).ToList(),
        };
        db.Add(period);
        await db.SaveChangesAsync(ct);
        return period;
    }

    /// <summary>The period with its template, owner and units, if the caller may see it (its owner, or one of its units).</summary>
    public async Task<ReportPeriod> RequireAsync(Guid id, CancellationToken ct = default)
    {
        var period = await db.Set<ReportPeriod>().Include(p => p.Template).Include(p => p.OwnerUnit).Include(p => p.Units).ThenInclude(u => u.Unit)
            .AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw DomainException.NotFound("Reports.PeriodNotFound");
        if (await scope.CanAsync(period.OwnerUnit!, Permission.View, ct))
        {
            return period;
        }
        foreach (var u in period.Units)
        {
            if (await scope.CanAsync(u.Unit!, Permission.View, ct))
            {
                return period;
            }
        }
        throw DomainException.Forbidden("Auth.ForbiddenUnit", period.OwnerUnit!.Name);
    }

    /// <summary>Periods the caller can see: opened by a unit in reach, or asking a unit in reach to report.</summary>
    public async Task<List<PeriodDto>> ListAsync(CancellationToken ct = default)
    {
        var owned = await scope.FilterAsync(db.Set<ReportPeriod>().AsNoTracking(), p => p.OwnerUnit!.Path, Permission.View, ct);
        var asked = await scope.FilterAsync(db.Set<ReportPeriodUnit>().AsNoTracking(), u => u.Unit!.Path, Permission.View, ct);
        var askedIds = asked.Select(a => a.PeriodId);
        var periods = await db.Set<ReportPeriod>().AsNoTracking()
            .Where(p => owned.Select(o => o.Id).Contains(p.Id) || askedIds.Contains(p.Id))
            .OrderByDescending(p => p.To).ThenByDescending(p => p.OpenedAt).Take(200)
            .Select(p => new PeriodDto(p.Id, p.Title, p.Template!.Key, p.Template.Version, p.OwnerUnit!.Code, p.OwnerUnit.Name, p.From, p.To, p.DueOn, p.Recipient, p.Status,
                ReportStatus.NotStarted, null))
            .ToListAsync(ct);
        return periods;
    }

    /// <summary>Who has reported, who is late, the reminders sent.</summary>
    public async Task<PeriodDto> StatusAsync(ReportPeriod period, CancellationToken ct = default)
    {
        var today = clock.VietnamToday();
        var reports = await db.Set<UnitReport>().AsNoTracking().Where(r => r.PeriodId == period.Id)
            .Select(r => new { r.UnitId, r.Status, r.SubmittedAt }).ToListAsync(ct);
        var reminders = await db.Set<ReportReminder>().AsNoTracking().Where(r => r.PeriodId == period.Id).ToListAsync(ct);
        var units = period.Units.Select(u => u.Unit!).OrderBy(u => u.Code, StringComparer.Ordinal).Select(u =>
        {
            var rep = reports.FirstOrDefault(r => r.UnitId == u.Id);
            var status = rep?.Status ?? ReportStatus.NotStarted;
            var late = status is ReportStatus.NotStarted or ReportStatus.Draft or ReportStatus.Returned
                ? today > period.DueOn
                : rep!.SubmittedAt is { } at && Clock.VietnamDay(at) > period.DueOn;
            return new PeriodUnitStatus(u.Code, u.Name, status, rep?.SubmittedAt, late,
                reminders.Where(x => x.UnitId == u.Id).OrderBy(x => x.On).Select(x => x.Kind).ToList());
        }).ToList();
        var own = reports.FirstOrDefault(r => r.UnitId == period.OwnerUnitId)?.Status ?? ReportStatus.NotStarted;
        return new PeriodDto(period.Id, period.Title, period.Template!.Key, period.Template.Version, period.OwnerUnit!.Code, period.OwnerUnit.Name,
            period.From, period.To, period.DueOn, period.Recipient, period.Status, own, units);
    }

    /// <summary>The unit must exist on some day of the period.</summary>
    public static void RequireExistsIn(Unit unit, DateOnly from, DateOnly to)
    {
        if ((unit.ValidFrom is not null && unit.ValidFrom > to) || (unit.ValidTo is not null && unit.ValidTo <= from))
        {
            throw DomainException.Invalid("Indicators.UnitNotInPeriod", unit.Name, Text.Date(from), Text.Date(to));
        }
    }

    /// <summary>Closing before the due date while a unit has not had its report accepted is refused.</summary>
    public async Task CloseAsync(Guid id, CancellationToken ct = default)
    {
        var period = await RequireAsync(id, ct);
        await scope.RequireAsync(period.OwnerUnit!, Permission.Edit, ct);
        if (period.Status == PeriodStatus.Closed)
        {
            throw DomainException.Conflict("Reports.PeriodClosed", period.Title);
        }
        var today = clock.VietnamToday();
        var accepted = await db.Set<UnitReport>().CountAsync(r => r.PeriodId == id && r.UnitId != period.OwnerUnitId && r.Status == ReportStatus.Accepted, ct);
        var waiting = period.Units.Count - accepted;
        if (today <= period.DueOn && waiting > 0)
        {
            throw DomainException.Conflict("Reports.CloseEarly", Text.Date(period.DueOn), waiting);
        }
        period.Status = PeriodStatus.Closed;
        period.ClosedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Records the reminders due today for open periods: "due soon" from <see cref="DueSoonWorkingDays"/> working
    /// days before the due date, "overdue" the first working day after it; each once per unit.
    /// </summary>
    public async Task<int> RemindAsync(CancellationToken ct = default)
    {
        var today = clock.VietnamToday();
        var open = await db.Set<ReportPeriod>().Include(p => p.Units).Where(p => p.Status == PeriodStatus.Open).ToListAsync(ct);
        var sent = 0;
        foreach (var period in open)
        {
            var soonFrom = await SoonFromAsync(period.DueOn, ct);
            ReminderKind? kind = today > period.DueOn ? ReminderKind.Overdue : today >= soonFrom ? ReminderKind.DueSoon : null;
            if (kind is null || !await calendar.IsWorkingDayAsync(today, ct))
            {
                continue;
            }
            var done = await db.Set<UnitReport>().Where(r => r.PeriodId == period.Id && (r.Status == ReportStatus.Submitted || r.Status == ReportStatus.Accepted))
                .Select(r => r.UnitId).ToListAsync(ct);
            var already = await db.Set<ReportReminder>().Where(r => r.PeriodId == period.Id && r.Kind == kind).Select(r => r.UnitId).ToListAsync(ct);
            var added = 0;
            foreach (var u in period.Units.Where(u => !done.Contains(u.UnitId) && !already.Contains(u.UnitId)))
            {
                db.Add(new ReportReminder { PeriodId = period.Id, UnitId = u.UnitId, Kind = kind.Value, On = today });
                added++;
            }
            try
            {
                await db.SaveChangesAsync(ct);
                sent += added;
            }
            catch (DbUpdateException)
            {
                // Recorded at the same moment by another run (the daily job and a manual run): once is enough.
                db.ChangeTracker.Clear();
            }
        }
        return sent;
    }

    /// <summary>The first day of the "due soon" window: <see cref="DueSoonWorkingDays"/> working days before the due date.</summary>
    public async Task<DateOnly> SoonFromAsync(DateOnly due, CancellationToken ct)
    {
        var day = due;
        var left = DueSoonWorkingDays;
        while (left > 0)
        {
            day = day.AddDays(-1);
            if (await calendar.IsWorkingDayAsync(day, ct))
            {
                left--;
            }
        }
        return day;
    }
}

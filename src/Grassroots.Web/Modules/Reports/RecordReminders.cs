namespace Grassroots.Web.Modules.Reports;

/// <summary>
/// Records the reminders due today for open periods, to the units that have not submitted: "due soon" from
/// <see cref="DueSoonWorkingDays"/> working days before the due date, "overdue" the first working day after it; each
/// once per unit, whoever records it (the daily job or a manual run); each with its emails (<see cref="ReminderMail"/>).
/// </summary>
public sealed class RecordReminders(AppDbContext db, WorkingCalendar calendar, ReminderMail mail, TimeProvider clock)
{
    /// <summary>Reminders go out this many working days before the due date.</summary>
    public const int DueSoonWorkingDays = 3;

    /// <summary>The number of reminders recorded.</summary>
    public async Task<int> HandleAsync(CancellationToken ct = default)
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
                await mail.QueueAsync(period, u.UnitId, kind.Value, today, ct);
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
    private async Task<DateOnly> SoonFromAsync(DateOnly due, CancellationToken ct)
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

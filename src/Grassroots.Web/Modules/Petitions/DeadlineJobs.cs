using Grassroots.Web.Modules.Calendar;
using Grassroots.Web.Platform;
using Grassroots.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Quartz;

namespace Grassroots.Web.Modules.Petitions;

/// <summary>When the calendar changes, the limits running across the changed day are recomputed and the move recorded.</summary>
public sealed class RecomputeDeadlines(AppDbContext db, LegalClock legalClock, IStringLocalizer<SharedResource> localizer, TimeProvider clock)
    : ICalendarChangeListener
{
    public async Task OnDayChangedAsync(DateOnly date, CancellationToken ct)
    {
        var affected = await db.Set<PetitionDeadline>()
            .Where(d => d.State == DeadlineState.Running && d.RunningSince < date && d.DueOn >= date)
            .ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = clock.VietnamToday();
        foreach (var d in affected)
        {
            var before = d.DueOn;
            if (await legalClock.RecomputeAsync(d, ct))
            {
                db.Add(new PetitionEvent
                {
                    PetitionId = d.PetitionId,
                    At = now,
                    On = today,
                    Kind = PetitionEventKind.DeadlinesRecomputed,
                    UnitId = await db.Set<Petition>().Where(p => p.Id == d.PetitionId).Select(p => p.UnitId).FirstAsync(ct),
                    Note = localizer["Deadline.Moved", localizer[$"DeadlineRule.{d.Rule}"].Value, Text.Date(before), Text.Date(d.DueOn), Text.Date(date)].Value,
                });
            }
        }
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>Records, once, each limit that ran out without the step being taken (LTC Điều 38: the superior is told).</summary>
public sealed class RecordOverdue(AppDbContext db, IStringLocalizer<SharedResource> localizer, TimeProvider clock)
{
    public async Task<int> HandleAsync(CancellationToken ct = default)
    {
        var today = clock.VietnamToday();
        var overdue = await db.Set<PetitionDeadline>()
            .Where(d => d.State == DeadlineState.Running && d.DueOn < today && d.OverdueRecordedOn == null)
            .Join(db.Set<Petition>(), d => d.PetitionId, p => p.Id, (d, p) => new { Deadline = d, p.UnitId })
            .ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var o in overdue)
        {
            o.Deadline.OverdueRecordedOn = today;
            db.Add(new PetitionEvent
            {
                PetitionId = o.Deadline.PetitionId,
                At = now,
                On = today,
                Kind = PetitionEventKind.DeadlineMissed,
                UnitId = o.UnitId,
                Note = localizer["Deadline.Missed", localizer[$"DeadlineRule.{o.Deadline.Rule}"].Value, Text.Date(o.Deadline.DueOn)].Value,
            });
        }
        await db.SaveChangesAsync(ct);
        return overdue.Count;
    }
}

[DisallowConcurrentExecution]
public sealed class OverdueJob(RecordOverdue recordOverdue, ILogger<OverdueJob> log) : IJob
{
    public static readonly JobKey Key = new("petitions-overdue");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var count = await recordOverdue.HandleAsync(cancellationToken);
        log.LogInformation("Recorded {Count} overdue petition deadlines", count);
    }
}

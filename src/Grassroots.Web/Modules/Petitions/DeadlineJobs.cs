using Microsoft.Extensions.Localization;
using Quartz;

namespace Grassroots.Web.Modules.Petitions;

/// <summary>When the calendar changes, the limits running across the changed day are recomputed and the move recorded.</summary>
public sealed class RecomputeDeadlines(AppDbContext db, PetitionClock legalClock, IStringLocalizer<SharedResource> localizer, TimeProvider clock)
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
        // One transaction, and each limit claimed by a conditional update: a second run at the same time
        // (the daily job beside a manual run) records nothing twice.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var overdue = await db.Set<PetitionDeadline>().AsNoTracking()
            .Where(d => d.State == DeadlineState.Running && d.DueOn < today && d.OverdueRecordedOn == null)
            .Join(db.Set<Petition>(), d => d.PetitionId, p => p.Id,
                (d, p) => new { d.Id, d.PetitionId, d.Rule, d.DueOn, p.UnitId, SuperiorId = p.Unit!.ParentId, SuperiorName = p.Unit.Parent!.Name })
            .ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var recorded = 0;
        foreach (var o in overdue)
        {
            var claimed = await db.Set<PetitionDeadline>().Where(d => d.Id == o.Id && d.OverdueRecordedOn == null)
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.OverdueRecordedOn, today), ct);
            if (claimed == 0)
            {
                continue;
            }
            recorded++;
            db.Add(new PetitionEvent
            {
                PetitionId = o.PetitionId,
                At = now,
                On = today,
                Kind = PetitionEventKind.DeadlineMissed,
                UnitId = o.UnitId,
                Note = localizer["Deadline.Missed", localizer[$"DeadlineRule.{o.Rule}"].Value, Text.Date(o.DueOn)].Value,
            });
            if (o.Rule == DeadlineRuleId.SettleDenunciation && o.SuperiorId is { } superior)
            {
                // LTC Điều 38: a denunciation not settled in time goes to the head of the handler's direct superior,
                // who then sees it in the "escalated" queue.
                db.Add(new PetitionEvent
                {
                    PetitionId = o.PetitionId,
                    At = now,
                    On = today,
                    Kind = PetitionEventKind.Escalated,
                    UnitId = superior,
                    Note = localizer["Petition.EscalatedTo", o.SuperiorName ?? ""].Value,
                });
            }
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return recorded;
    }
}

[DisallowConcurrentExecution]
public sealed class OverdueJob(RecordOverdue recordOverdue, ILogger<OverdueJob> log) : IJob
{

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var count = await recordOverdue.HandleAsync(cancellationToken);
        log.LogInformation("Recorded {Count} overdue petition deadlines", count);
    }
}

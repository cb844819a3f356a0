using Microsoft.Extensions.Localization;
using Quartz;

namespace Grassroots.Web.Modules.Petitions;

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

/// <summary>The daily run of <see cref="RecordOverdue"/> (the manifest schedules it at 00:15, Vietnam time).</summary>
[DisallowConcurrentExecution]
public sealed class OverdueJob(RecordOverdue recordOverdue, ILogger<OverdueJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var count = await recordOverdue.HandleAsync(cancellationToken);
        log.LogInformation("Recorded {Count} overdue petition deadlines", count);
    }
}

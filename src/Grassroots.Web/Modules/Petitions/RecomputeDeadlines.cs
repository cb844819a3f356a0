using Microsoft.Extensions.Localization;

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

namespace Grassroots.Web.Modules.Petitions.Handle;

/// <summary>Tiếp tục: the clocks a suspension stopped run again, with the days they had left.</summary>
public sealed class ResumePetition(AppDbContext db, PetitionAccess access, PetitionClock legalClock, TimeProvider clock)
{
    public async Task<Petition> HandleAsync(Guid id, CancellationToken ct = default)
    {
        var petition = await access.LoadAsync(id, Permission.Edit, ct);
        var paused = petition.Deadlines.Where(d => d.State == DeadlineState.Paused).ToList();
        if (paused.Count == 0)
        {
            throw DomainException.Conflict("Petition.NotSuspended");
        }
        var today = clock.VietnamToday();
        foreach (var d in paused)
        {
            await legalClock.ResumeAsync(d, today, ct);
        }
        access.Record(petition, PetitionEventKind.Resumed, today);
        await db.SaveChangesAsync(ct);
        return petition;
    }
}

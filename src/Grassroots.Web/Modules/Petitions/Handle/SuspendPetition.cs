namespace Grassroots.Web.Modules.Petitions.Handle;

public sealed record SuspendRequest(string? Reason);

/// <summary>Tạm đình chỉ: the clocks of a letter being settled stop, their days used so far banked (<see cref="ResumePetition"/> starts them again).</summary>
public sealed class SuspendPetition(AppDbContext db, PetitionAccess access, PetitionClock legalClock, TimeProvider clock)
{
    public async Task<Petition> HandleAsync(Guid id, SuspendRequest r, CancellationToken ct = default)
    {
        new Validation().Text(r.Reason, "reason", FieldLength.Paragraph).ThrowIfInvalid();
        var petition = await access.LoadAsync(id, Permission.Edit, ct);
        PetitionAccess.RequireStatus(petition, PetitionStatus.Accepted);
        var running = petition.Deadlines.Where(d => d.State == DeadlineState.Running).ToList();
        if (running.Count == 0)
        {
            throw DomainException.Conflict("Petition.NothingToSuspend");
        }
        var today = clock.VietnamToday();
        foreach (var d in running)
        {
            await legalClock.PauseAsync(d, today, ct);
        }
        access.Record(petition, PetitionEventKind.Suspended, today, Text.Clean(r.Reason));
        await db.SaveChangesAsync(ct);
        return petition;
    }
}

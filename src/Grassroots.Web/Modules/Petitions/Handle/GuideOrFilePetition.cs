
namespace Grassroots.Web.Modules.Petitions.Handle;

public sealed record NoteRequest(string? Note);

/// <summary>Hướng dẫn (tell the petitioner where to go) or lưu đơn (file a letter that cannot be handled): the letter ends here.</summary>
public sealed class GuideOrFilePetition(AppDbContext db, PetitionAccess access, TimeProvider clock)
{
    public Task<Petition> GuideAsync(Guid id, NoteRequest r, CancellationToken ct = default) =>
        EndAsync(id, r, PetitionStatus.Guided, PetitionEventKind.Guided, ct);

    public Task<Petition> FileAsync(Guid id, NoteRequest r, CancellationToken ct = default) =>
        EndAsync(id, r, PetitionStatus.Filed, PetitionEventKind.Filed, ct);

    private async Task<Petition> EndAsync(Guid id, NoteRequest r, PetitionStatus status, PetitionEventKind kind, CancellationToken ct)
    {
        new Validation().Text(r.Note, "note", 2000).ThrowIfInvalid();
        var petition = await access.LoadAsync(id, Permission.Edit, ct);
        PetitionAccess.RequireStatus(petition, PetitionStatus.Received, PetitionStatus.Classified);
        var today = clock.VietnamToday();
        foreach (var d in petition.Deadlines.Where(d => d.State is DeadlineState.Running or DeadlineState.Paused))
        {
            PetitionClock.Stop(d, today, met: d.Rule == DeadlineRuleId.HandleLetter);
        }
        petition.Status = status;
        access.Record(petition, kind, today, Text.Clean(r.Note));
        await db.SaveChangesAsync(ct);
        return petition;
    }
}

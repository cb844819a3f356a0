namespace Grassroots.Web.Modules.Petitions.Handle;

public sealed record NoteRequest(string? Note);

/// <summary>
/// The letter ends here without being settled: hướng dẫn (<see cref="PetitionStatus.Guided"/>, the petitioner is told
/// where to take it) or lưu đơn (<see cref="PetitionStatus.Filed"/>, a letter that cannot be handled).
/// </summary>
public sealed class GuideOrFilePetition(AppDbContext db, PetitionAccess access, TimeProvider clock)
{
    public async Task<Petition> HandleAsync(Guid id, PetitionStatus ending, NoteRequest r, CancellationToken ct = default)
    {
        var kind = ending switch
        {
            PetitionStatus.Guided => PetitionEventKind.Guided,
            PetitionStatus.Filed => PetitionEventKind.Filed,
            _ => throw new ArgumentOutOfRangeException(nameof(ending), ending, "A letter ends here guided or filed."),
        };
        new Validation().Text(r.Note, "note", FieldLength.Paragraph).ThrowIfInvalid();
        var petition = await access.LoadAsync(id, Permission.Edit, ct);
        PetitionAccess.RequireStatus(petition, PetitionStatus.Received, PetitionStatus.Classified);
        var today = clock.VietnamToday();
        foreach (var d in petition.Deadlines.Where(d => d.State is DeadlineState.Running or DeadlineState.Paused))
        {
            PetitionClock.Stop(d, today, met: d.Rule == DeadlineRuleId.HandleLetter);
        }
        petition.Status = ending;
        access.Record(petition, kind, today, Text.Clean(r.Note));
        await db.SaveChangesAsync(ct);
        return petition;
    }
}

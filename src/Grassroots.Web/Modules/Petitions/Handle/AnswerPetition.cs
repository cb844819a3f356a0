namespace Grassroots.Web.Modules.Petitions.Handle;

public sealed record AnswerRequest(DateOnly? AnsweredOn, string? Summary);

/// <summary>
/// The answer sent to the petitioner closes the letter: recommendations and reflections are answered directly,
/// complaints and denunciations after their decision (<see cref="ResolvePetition"/>).
/// </summary>
public sealed class AnswerPetition(AppDbContext db, PetitionAccess access, PetitionNews news, TimeProvider clock)
{
    public async Task<Petition> HandleAsync(Guid id, AnswerRequest r, CancellationToken ct = default)
    {
        var today = clock.VietnamToday();
        new Validation()
            .Require(r.AnsweredOn is null || r.AnsweredOn <= today, "answeredOn", "Petition.FutureDate")
            .Text(r.Summary, "summary", FieldLength.Text)
            .ThrowIfInvalid();
        var petition = await access.LoadAsync(id, Permission.Edit, ct);
        if (petition.Status == PetitionStatus.Closed)
        {
            throw DomainException.Conflict("Petition.AlreadyAnswered");
        }
        // Recommendations and reflections are answered directly; complaints and denunciations after the decision.
        var direct = petition.Kind is PetitionKind.Recommendation or PetitionKind.Reflection;
        PetitionAccess.RequireStatus(petition, direct ? [PetitionStatus.Accepted, PetitionStatus.Resolved] : [PetitionStatus.Resolved]);
        var on = r.AnsweredOn ?? today;
        foreach (var d in petition.Deadlines.Where(d => d.State == DeadlineState.Running))
        {
            PetitionClock.Stop(d, on, met: true);
        }
        petition.AnsweredOn = on;
        petition.AnswerSummary = Text.Clean(r.Summary);
        petition.Status = PetitionStatus.Closed;
        access.Record(petition, PetitionEventKind.Answered, on, petition.AnswerSummary);
        await news.QueueAsync(petition, PetitionEventKind.Answered, ct);
        await db.SaveChangesAsync(ct);
        return petition;
    }
}

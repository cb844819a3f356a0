namespace Grassroots.Web.Modules.Petitions.Handle;

public sealed record ResolveRequest(string? DecisionNumber, DateOnly? DecisionDate, string? Summary);

/// <summary>The decision on a complaint or the conclusion on a denunciation; the answer to the petitioner follows (<see cref="AnswerPetition"/>).</summary>
public sealed class ResolvePetition(AppDbContext db, PetitionAccess access, TimeProvider clock)
{
    public async Task<Petition> HandleAsync(Guid id, ResolveRequest r, CancellationToken ct = default)
    {
        var today = clock.VietnamToday();
        new Validation()
            .Text(r.DecisionNumber, "decisionNumber", FieldLength.Label)
            .Require(r.DecisionDate is not null, "decisionDate", "Validation.Required")
            .Require(r.DecisionDate is null || r.DecisionDate <= today, "decisionDate", "Petition.FutureDate")
            .Text(r.Summary, "summary", FieldLength.Text)
            .ThrowIfInvalid();
        var petition = await access.LoadAsync(id, Permission.Edit, ct);
        if (petition.Status is PetitionStatus.Resolved or PetitionStatus.Closed)
        {
            throw DomainException.Conflict("Petition.AlreadyResolved");
        }
        PetitionAccess.RequireStatus(petition, PetitionStatus.Accepted);
        if (petition.Deadlines.Any(d => d.State == DeadlineState.Paused))
        {
            throw DomainException.Conflict("Petition.Suspended");
        }
        var on = r.DecisionDate!.Value;
        foreach (var d in petition.Deadlines.Where(d => d.State == DeadlineState.Running))
        {
            PetitionClock.Stop(d, on, met: true); // late or on time: EndedOn against DueOn tells
        }
        petition.DecisionNumber = Text.Clean(r.DecisionNumber);
        petition.DecisionDate = on;
        petition.DecisionSummary = Text.Clean(r.Summary);
        petition.Status = PetitionStatus.Resolved;
        access.Record(petition, PetitionEventKind.Resolved, on, petition.DecisionNumber);
        await db.SaveChangesAsync(ct);
        return petition;
    }
}

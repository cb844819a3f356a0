
namespace Grassroots.Web.Modules.Petitions.Handle;

public sealed record ResolveRequest(string? DecisionNumber, DateOnly? DecisionDate, string? Summary);

public sealed record AnswerRequest(DateOnly? AnsweredOn, string? Summary);

/// <summary>The decision (complaint) or conclusion (denunciation), then the answer sent to the petitioner.</summary>
public sealed class ResolvePetition(AppDbContext db, PetitionAccess access, TimeProvider clock)
{
    public async Task<Petition> ResolveAsync(Guid id, ResolveRequest r, CancellationToken ct = default)
    {
        var today = clock.VietnamToday();
        new Validation()
            .Text(r.DecisionNumber, "decisionNumber", 100)
            .Require(r.DecisionDate is not null, "decisionDate", "Validation.Required")
            .Require(r.DecisionDate is null || r.DecisionDate <= today, "decisionDate", "Petition.FutureDate")
            .Text(r.Summary, "summary", 4000)
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

    public async Task<Petition> AnswerAsync(Guid id, AnswerRequest r, CancellationToken ct = default)
    {
        var today = clock.VietnamToday();
        new Validation()
            .Require(r.AnsweredOn is null || r.AnsweredOn <= today, "answeredOn", "Petition.FutureDate")
            .Text(r.Summary, "summary", 4000)
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
        await db.SaveChangesAsync(ct);
        return petition;
    }
}

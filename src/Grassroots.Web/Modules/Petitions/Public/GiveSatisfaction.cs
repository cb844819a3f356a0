namespace Grassroots.Web.Modules.Petitions.Public;

public sealed record SatisfactionRequest(bool? Satisfied);

/// <summary>The citizen says, once and after the answer, whether it satisfied (from the tracking page, without signing in).</summary>
public sealed class GiveSatisfaction(AppDbContext db, TimeProvider clock)
{
    public async Task HandleAsync(string trackingCode, SatisfactionRequest r, CancellationToken ct = default)
    {
        new Validation().Require(r.Satisfied is not null, "satisfied", "Validation.Required").ThrowIfInvalid();
        var code = PetitionAccess.CleanTrackingCode(trackingCode);
        var petition = await db.Set<Petition>().FirstOrDefaultAsync(p => p.TrackingCode == code, ct)
            ?? throw DomainException.NotFound("Petition.TrackingNotFound", code);
        if (petition.Status != PetitionStatus.Closed)
        {
            throw DomainException.Conflict("Petition.NotAnsweredYet");
        }
        if (petition.Satisfied is not null)
        {
            throw DomainException.Conflict("Petition.SatisfactionGiven");
        }
        petition.Satisfied = r.Satisfied;
        petition.Events.Add(new PetitionEvent
        {
            PetitionId = petition.Id,
            At = clock.GetUtcNow().UtcDateTime,
            On = clock.VietnamToday(),
            Kind = PetitionEventKind.SatisfactionGiven,
            UnitId = petition.UnitId,
            Note = r.Satisfied == true ? "Satisfied" : "Unsatisfied",
        });
        await db.SaveChangesAsync(ct);
    }
}

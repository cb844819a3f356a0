using Microsoft.Extensions.Localization;

namespace Grassroots.Web.Modules.Petitions.Public;

public sealed record TrackedStep(DateOnly On, PetitionEventKind Kind, string Text);

public sealed record TrackedPetition(string TrackingCode, PetitionKind Kind, PetitionStatus Status, string StatusText, string UnitName,
    DateOnly ReceivedOn, IReadOnlyList<TrackedStep> History, string? Answer, DateOnly? AnsweredOn, bool? Satisfied, bool CanGiveSatisfaction);

public sealed record SatisfactionRequest(bool? Satisfied);

/// <summary>
/// What a citizen sees with a tracking code: where the letter is and what was decided. Never the
/// petitioner's identity, nor the officers' names.
/// </summary>
public sealed class TrackPetition(AppDbContext db, IStringLocalizer<SharedResource> localizer, TimeProvider clock)
{
    public async Task<TrackedPetition> HandleAsync(string code, CancellationToken ct = default)
    {
        var petition = await FindAsync(code, ct);
        var unitName = await db.Units.Where(u => u.Id == petition.UnitId).Select(u => u.Name).FirstAsync(ct);
        var events = await db.Set<PetitionEvent>().AsNoTracking().Where(e => e.PetitionId == petition.Id).OrderBy(e => e.Id).ToListAsync(ct);
        var steps = events.Select(e => new TrackedStep(e.On, e.Kind, PublicText(e))).ToList();
        return new TrackedPetition(petition.TrackingCode, petition.Kind, petition.Status, localizer[$"PetitionStatus.{petition.Status}"].Value,
            unitName, petition.ReceivedOn, steps, petition.AnswerSummary, petition.AnsweredOn, petition.Satisfied,
            petition.Status == PetitionStatus.Closed && petition.Satisfied is null);
    }

    public async Task GiveSatisfactionAsync(string code, SatisfactionRequest r, CancellationToken ct = default)
    {
        new Validation().Require(r.Satisfied is not null, "satisfied", "Validation.Required").ThrowIfInvalid();
        var petition = await FindAsync(code, ct);
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

    private async Task<Petition> FindAsync(string code, CancellationToken ct)
    {
        var clean = Text.Clean(code).ToUpperInvariant();
        if (clean.Length is 0 or > 20)
        {
            throw DomainException.NotFound("Petition.TrackingNotFound", clean.Length > 20 ? clean[..20] : clean);
        }
        return await db.Set<Petition>().FirstOrDefaultAsync(p => p.TrackingCode == clean, ct)
            ?? throw DomainException.NotFound("Petition.TrackingNotFound", clean);
    }

    /// <summary>The public wording of a step: transfers name the bodies; internal reasons are not shown.</summary>
    private string PublicText(PetitionEvent e) => e.Kind switch
    {
        PetitionEventKind.TransferredOut or PetitionEventKind.TransferredIn => localizer[$"PetitionEvent.{e.Kind}.Public", e.Note ?? ""].Value,
        PetitionEventKind.Resolved => localizer["PetitionEvent.Resolved.Public", e.Note ?? ""].Value,
        PetitionEventKind.SatisfactionGiven => localizer[$"PetitionEvent.SatisfactionGiven.{e.Note}"].Value,
        PetitionEventKind.Registered or PetitionEventKind.Classified or PetitionEventKind.Accepted or PetitionEventKind.Guided
            or PetitionEventKind.Filed or PetitionEventKind.Extended or PetitionEventKind.Suspended or PetitionEventKind.Resumed
            or PetitionEventKind.Answered or PetitionEventKind.DeadlineMissed or PetitionEventKind.DeadlinesRecomputed
            or PetitionEventKind.Verified or PetitionEventKind.Escalated =>
            localizer[$"PetitionEvent.{e.Kind}"].Value,
    };
}

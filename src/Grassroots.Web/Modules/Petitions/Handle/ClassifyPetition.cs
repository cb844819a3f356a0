namespace Grassroots.Web.Modules.Petitions.Handle;

public sealed record ClassifyPetitionRequest(PetitionKind? Kind, bool? IsEligible, string? IneligibleReason, bool? IsInCompetence, bool IsComplex = false);

/// <summary>Phân loại: the kind, whether the letter can be handled (TT 05/2021) and whether it is ours to settle.</summary>
public sealed class ClassifyPetition(AppDbContext db, PetitionAccess access, PetitionClock legalClock, TimeProvider clock)
{
    public async Task<Petition> HandleAsync(Guid id, ClassifyPetitionRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Require(r.IsEligible is not null, "isEligible", "Validation.Required")
            .Require(r.IsInCompetence is not null, "isInCompetence", "Validation.Required")
            .Require(r.IsEligible != false || !string.IsNullOrWhiteSpace(r.IneligibleReason), "ineligibleReason", "Validation.Required")
            .Text(r.IneligibleReason, "ineligibleReason", 1000, required: false)
            .ThrowIfInvalid();
        var petition = await access.LoadAsync(id, Permission.Edit, ct);
        PetitionAccess.RequireStatus(petition, PetitionStatus.Received, PetitionStatus.Classified);
        var today = clock.VietnamToday();
        if (r.Kind is { } kind && kind != petition.Kind)
        {
            if (kind == PetitionKind.Denunciation || petition.Kind == PetitionKind.Denunciation)
            {
                // Identities are kept differently for denunciations: such a change needs a new registration.
                throw DomainException.Invalid("Petition.KindChangeDenunciation");
            }
            foreach (var d in petition.Deadlines.Where(d => d.State == DeadlineState.Running && d.Rule != DeadlineRuleId.HandleLetter))
            {
                PetitionClock.Stop(d, today, met: false);
            }
            petition.Kind = kind;
            if (kind == PetitionKind.Complaint)
            {
                await legalClock.StartAsync(petition, DeadlineRuleId.AcceptComplaint, petition.ReceivedOn, petition.Unit!.IsRemoteArea, ct);
            }
        }
        petition.IsEligible = r.IsEligible;
        petition.IneligibleReason = r.IsEligible == false ? Text.Clean(r.IneligibleReason) : null;
        petition.IsInCompetence = r.IsInCompetence;
        petition.IsComplex = r.IsComplex;
        petition.Status = PetitionStatus.Classified;
        access.Record(petition, PetitionEventKind.Classified, today);
        await db.SaveChangesAsync(ct);
        return petition;
    }
}

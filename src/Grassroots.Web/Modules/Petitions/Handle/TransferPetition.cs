using Grassroots.Web.Modules.Petitions.Register;

namespace Grassroots.Web.Modules.Petitions.Handle;

/// <summary>Either <see cref="ToUnitCode"/> (a unit in the system: the letter moves to its inbox) or <see cref="ExternalBody"/>.</summary>
public sealed record TransferPetitionRequest(string? ToUnitCode, string? ExternalBody, string? Note);

/// <summary>Chuyển đơn to the competent body. A letter already transferred once is not transferred again (TT 05/2021).</summary>
public sealed class TransferPetition(AppDbContext db, PetitionAccess access, PetitionNews news, PetitionClock legalClock, TimeProvider clock)
{
    public async Task<Petition> HandleAsync(Guid id, TransferPetitionRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Require(string.IsNullOrWhiteSpace(r.ToUnitCode) != string.IsNullOrWhiteSpace(r.ExternalBody), "toUnitCode", "Petition.TransferTargetOneOf")
            .Text(r.ToUnitCode, "toUnitCode", Unit.CodeMaxLength, required: false)
            .Text(r.ExternalBody, "externalBody", 300, required: false)
            .Text(r.Note, "note", 2000, required: false)
            .ThrowIfInvalid();
        var petition = await access.LoadAsync(id, Permission.Edit, ct);
        PetitionAccess.RequireStatus(petition, PetitionStatus.Received, PetitionStatus.Classified);
        if (await db.Set<PetitionEvent>().AnyAsync(e => e.PetitionId == id && e.Kind == PetitionEventKind.TransferredOut, ct))
        {
            throw DomainException.Conflict("Petition.AlreadyTransferred");
        }
        var today = clock.VietnamToday();
        foreach (var d in petition.Deadlines.Where(d => d.State == DeadlineState.Running))
        {
            PetitionClock.Stop(d, today, met: true);
        }
        var note = Text.CleanOrNull(r.Note);
        if (!string.IsNullOrWhiteSpace(r.ExternalBody))
        {
            petition.ExternalBody = Text.Clean(r.ExternalBody);
            petition.Status = PetitionStatus.Transferred;
            access.Record(petition, PetitionEventKind.TransferredOut, today, petition.ExternalBody);
            await news.QueueAsync(petition, PetitionEventKind.TransferredOut, ct);
            await db.SaveChangesAsync(ct);
            return petition;
        }

        var code = Text.Clean(r.ToUnitCode);
        var target = await db.Units.FirstOrDefaultAsync(u => u.Code == code, ct)
            ?? throw DomainException.Invalid("Petition.TransferUnitUnknown", code);
        if (target.Id == petition.UnitId || !target.IsActiveOn(today))
        {
            throw DomainException.Invalid("Petition.TransferUnitInvalid", target.Name);
        }
        var from = petition.Unit!;
        access.Record(petition, PetitionEventKind.TransferredOut, today, target.Name, from.Id);
        // The letter moves to the receiving unit's inbox, as a new matter there, and its clocks start again.
        var petitionCase = new PetitionCase { UnitId = target.Id, Title = petition.Subject, CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.Add(petitionCase);
        petition.UnitId = target.Id;
        petition.Unit = target;
        petition.CaseId = petitionCase.Id;
        petition.Status = PetitionStatus.Received;
        petition.IsEligible = null;
        petition.IsInCompetence = null;
        petition.ReceivedOn = today;
        access.Record(petition, PetitionEventKind.TransferredIn, today, from.Name, target.Id);
        await RegisterPetition.StartReceiptClocksAsync(legalClock, petition, target.IsRemoteArea, ct);
        await news.QueueAsync(petition, PetitionEventKind.TransferredOut, ct);
        await db.SaveChangesAsync(ct);
        return petition;
    }
}

namespace Grassroots.Web.Modules.Registers.Mediation;

public sealed record ReceiveCaseRequest(Guid? TeamId, DateOnly? ReceivedOn, string? PartyA, string? PartyB, DisputeKind? Kind, CaseSource? Source,
    string? Summary, Guid? PetitionId);

/// <summary>
/// A team takes up a case: the parties, the dispute, where it came from. A matter the law keeps out of grassroots mediation
/// is refused with the point of LHGCS Điều 3 it falls under and where to take it. A letter of the petitions register is
/// handed over whole (its writer is party A, its text the summary) and leaves the unit's queue in the same save.
/// </summary>
public sealed class ReceiveCase(AppDbContext db, UnitScope scope, CurrentUser user, IPetitionRegistry petitions, TimeProvider clock)
{
    public async Task<MediationCase> HandleAsync(ReceiveCaseRequest r, CancellationToken ct = default)
    {
        var fromPetition = r.Source == CaseSource.Petition;
        new Validation()
            .Require(r.TeamId is not null, "teamId", "Validation.Required")
            .Require(r.ReceivedOn is not null, "receivedOn", "Validation.Required")
            .Date(r.ReceivedOn, "receivedOn")
            .Require(r.Kind is { } k && Enum.IsDefined(k), "kind", "Validation.Required")
            .Require(r.Source is { } s && Enum.IsDefined(s), "source", "Validation.Required")
            .Text(r.PartyA, "partyA", FieldLength.Name, required: !fromPetition)
            .Text(r.PartyB, "partyB", FieldLength.Name)
            .Text(r.Summary, "summary", FieldLength.LongText, required: !fromPetition)
            .Require(!fromPetition || r.PetitionId is not null, "petitionId", "Validation.Required")
            .Require(fromPetition || r.PetitionId is null, "petitionId", "Registers.PetitionOnlyFromPetition")
            .ThrowIfInvalid();
        if (RegisterRules.Excluded(r.Kind!.Value) is { } point)
        {
            throw DomainException.Invalid("Registers.OutOfScope", point);
        }
        var team = await db.Set<MediationTeam>().Include(t => t.Unit).FirstOrDefaultAsync(t => t.Id == r.TeamId, ct)
            ?? throw DomainException.NotFound("Registers.TeamNotFound");
        await scope.RequireAsync(team.Unit!, Permission.Edit, ct);
        var today = clock.VietnamToday();
        if (!team.Unit!.IsActiveOn(r.ReceivedOn!.Value))
        {
            throw DomainException.Invalid("Unit.NotActiveOn", team.Unit.Name, Text.Date(r.ReceivedOn.Value));
        }
        if (r.ReceivedOn!.Value > today)
        {
            throw DomainException.Invalid("Registers.InTheFuture", Text.Date(r.ReceivedOn.Value));
        }
        if (r.ReceivedOn.Value < team.RecognisedOn)
        {
            throw DomainException.Invalid("Registers.BeforeTeam", Text.Date(team.RecognisedOn));
        }
        var mediation = new MediationCase
        {
            UnitId = team.UnitId,
            TeamId = team.Id,
            ReceivedOn = r.ReceivedOn.Value,
            PartyA = Text.Clean(r.PartyA),
            PartyB = Text.Clean(r.PartyB),
            Kind = r.Kind.Value,
            Source = r.Source!.Value,
            Summary = Text.Clean(r.Summary),
            Status = CaseStatus.Ongoing,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = user.UserName,
        };
        if (!fromPetition)
        {
            db.Add(mediation);
            await db.SaveChangesAsync(ct);
            return mediation;
        }
        var letter = await petitions.LetterForMediationAsync(r.PetitionId!.Value, ct);
        if (!letter.MayBeHandedOver)
        {
            throw DomainException.Conflict("Registers.PetitionNotHandedOver", letter.TrackingCode);
        }
        // The team works in the village or commune where the letter was received (or below it).
        if (!team.Unit!.Path.StartsWith(letter.UnitPath, StringComparison.Ordinal))
        {
            throw DomainException.Invalid("Registers.PetitionOtherUnit", letter.TrackingCode, team.Name);
        }
        if (await db.Set<MediationCase>().AnyAsync(c => c.PetitionId == letter.PetitionId, ct))
        {
            throw DomainException.Conflict("Registers.PetitionAlreadyMediated", letter.TrackingCode);
        }
        if (r.ReceivedOn.Value < letter.ReceivedOn)
        {
            throw DomainException.Invalid("Registers.BeforePetition", Text.Date(letter.ReceivedOn));
        }
        mediation.PetitionId = letter.PetitionId;
        mediation.PetitionCode = letter.TrackingCode;
        mediation.PartyA = string.IsNullOrWhiteSpace(r.PartyA) ? letter.PetitionerName : Text.Clean(r.PartyA);
        mediation.Summary = string.IsNullOrWhiteSpace(r.Summary) ? Truncate(letter.Content, FieldLength.LongText) : Text.Clean(r.Summary);
        if (string.IsNullOrWhiteSpace(mediation.PartyA))
        {
            throw DomainException.Invalid("Registers.PartyRequired");
        }
        db.Add(mediation);
        // The letter's transfer saves the case with it, in one unit of work.
        await petitions.HandToMediationAsync(letter.PetitionId, team.Name, ct);
        return mediation;
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}

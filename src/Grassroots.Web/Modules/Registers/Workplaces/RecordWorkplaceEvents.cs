namespace Grassroots.Web.Modules.Registers.Workplaces;

public sealed record RecordConferenceRequest(int? Year, DateOnly? HeldOn, ConferenceForm? Form, int? Attendees, string? ChairedBy, string? Minutes);

public sealed record RecordDialogueRequest(DateOnly? HeldOn, DialogueTrigger? Trigger, string? Topic, int? Participants);

public sealed record RecordRegulationRequest(string? Number, DateOnly? IssuedOn, int? Version);

/// <summary>
/// What a workplace does for democracy at work: its yearly conference (of civil servants and employees, or of workers), its
/// dialogues, its regulation; and what it is, when its ownership becomes known. A conference dated before the year it
/// reports on is refused; an enterprise whose ownership is unknown records nothing that a rate would count until it is set.
/// </summary>
[Scoped]
public sealed class RecordWorkplaceEvents(AppDbContext db, UnitScope scope, TimeProvider clock)
{
    public async Task<(Workplace Workplace, WorkplaceConference Conference)> ConferenceAsync(Guid id, RecordConferenceRequest r, CancellationToken ct = default)
    {
        var today = clock.VietnamToday();
        new Validation()
            .Require(r.Year is { } y && y >= Validation.FirstYear && y <= today.Year, "year", "Registers.YearRange")
            .Require(r.HeldOn is not null, "heldOn", "Validation.Required")
            .Date(r.HeldOn, "heldOn")
            .Require(r.Form is { } f && Enum.IsDefined(f), "form", "Validation.Required")
            .Require(r.Attendees is >= 1 and <= RegisterWorkplace.MaxStaff, "attendees", "Registers.AttendanceRange")
            .Text(r.ChairedBy, "chairedBy", FieldLength.PersonName)
            .Text(r.Minutes, "minutes", FieldLength.Minutes)
            .ThrowIfInvalid();
        var w = await LoadAsync(id, ct);
        RequireKnownOwnership(w);
        var heldOn = r.HeldOn!.Value;
        if (heldOn > today)
        {
            throw DomainException.Invalid("Registers.InTheFuture", Text.Date(heldOn));
        }
        if (!RegisterRules.HeldInItsTime(r.Year!.Value, heldOn))
        {
            throw DomainException.Invalid("Registers.ConferenceYear", Text.Date(heldOn), r.Year.Value);
        }
        if (heldOn < w.Since)
        {
            throw DomainException.Invalid("Registers.BeforeSince", Text.Date(w.Since));
        }
        if (w.Conferences.Any(c => c.Year == r.Year))
        {
            throw DomainException.Conflict("Registers.ConferenceTwice", r.Year.Value);
        }
        if (r.Attendees > w.Staff)
        {
            throw DomainException.Invalid("Registers.MoreThanStaff", r.Attendees, w.Staff);
        }
        var conference = new WorkplaceConference
        {
            WorkplaceId = w.Id, Year = r.Year.Value, HeldOn = heldOn, Form = r.Form!.Value, Attendees = r.Attendees!.Value,
            ChairedBy = Text.Clean(r.ChairedBy), Minutes = Text.Clean(r.Minutes),
        };
        db.Add(conference);
        await db.SaveChangesAsync(ct);
        return (w, conference);
    }

    public async Task<Workplace> DialogueAsync(Guid id, RecordDialogueRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Require(r.HeldOn is not null, "heldOn", "Validation.Required")
            .Date(r.HeldOn, "heldOn")
            .Require(r.Trigger is { } t && Enum.IsDefined(t), "trigger", "Validation.Required")
            .Text(r.Topic, "topic", FieldLength.Title)
            .Require(r.Participants is >= 2 and <= RegisterWorkplace.MaxStaff, "participants", "Registers.AttendanceRange")
            .ThrowIfInvalid();
        var w = await LoadAsync(id, ct);
        RequireKnownOwnership(w);
        if (r.HeldOn!.Value > clock.VietnamToday() || r.HeldOn.Value < w.Since)
        {
            throw DomainException.Invalid("Registers.DialogueDay", Text.Date(r.HeldOn.Value), Text.Date(w.Since));
        }
        db.Add(new WorkplaceDialogue { WorkplaceId = w.Id, HeldOn = r.HeldOn.Value, Trigger = r.Trigger!.Value, Topic = Text.Clean(r.Topic), Participants = r.Participants!.Value });
        await db.SaveChangesAsync(ct);
        return w;
    }

    public async Task<Workplace> RegulationAsync(Guid id, RecordRegulationRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Text(r.Number, "number", FieldLength.DocumentNumber)
            .Require(r.IssuedOn is not null, "issuedOn", "Validation.Required")
            .Date(r.IssuedOn, "issuedOn")
            .ThrowIfInvalid();
        var w = await LoadAsync(id, ct);
        if (r.Version is { } v)
        {
            db.Entry(w).Property(x => x.Version).OriginalValue = v;
        }
        if (r.IssuedOn!.Value > clock.VietnamToday())
        {
            throw DomainException.Invalid("Registers.InTheFuture", Text.Date(r.IssuedOn.Value));
        }
        w.RegulationNumber = Text.Clean(r.Number);
        w.RegulationIssuedOn = r.IssuedOn;
        await db.SaveChangesAsync(ct);
        return w;
    }

    public async Task<Workplace> ChangeKindAsync(Guid id, ChangeKindRequest r, CancellationToken ct = default)
    {
        new Validation().Require(r.Kind is { } k && Enum.IsDefined(k), "kind", "Validation.Required").ThrowIfInvalid();
        var w = await LoadAsync(id, ct);
        if (r.Version is { } v)
        {
            db.Entry(w).Property(x => x.Version).OriginalValue = v;
        }
        if (w.IsAgency != (r.Kind is WorkplaceKind.Agency or WorkplaceKind.PublicServiceUnit) && (w.Conferences.Count > 0 || w.Dialogues.Count > 0))
        {
            throw DomainException.Conflict("Registers.KindFixed");
        }
        w.Kind = r.Kind!.Value;
        await db.SaveChangesAsync(ct);
        return w;
    }

    private static void RequireKnownOwnership(Workplace w)
    {
        if (!RegisterRules.CountsInRate(w.Kind))
        {
            throw DomainException.Invalid("Registers.UnknownOwnership", w.Name);
        }
    }

    private async Task<Workplace> LoadAsync(Guid id, CancellationToken ct)
    {
        var w = await db.Set<Workplace>().Include(x => x.Unit).Include(x => x.Conferences).Include(x => x.Dialogues).AsSplitQuery()
            .FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw DomainException.NotFound("Registers.WorkplaceNotFound");
        await scope.RequireAsync(w.Unit!, Permission.Edit, ct);
        return w;
    }
}

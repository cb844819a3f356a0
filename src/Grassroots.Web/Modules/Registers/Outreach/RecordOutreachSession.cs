namespace Grassroots.Web.Modules.Registers.Outreach;

public sealed record RecordOutreachRequest(string? UnitCode, OutreachKind? Kind, DateOnly? HeldOn, string? Topic, string? Law, OutreachForm? Form,
    string? Place, int? People, int? Attendances);

/// <summary>
/// Records a propaganda, legal-education or legal-aid session. Attendance is counted in people and in attendances (lượt):
/// negative counts, more people than attendances, or more than any commune holds are refused.
/// </summary>
public sealed class RecordOutreachSession(AppDbContext db, UnitScope scope, CurrentUser user, ImportAttendees import, TimeProvider clock)
{
    /// <summary>More than any one session reaches (the largest commune of 2025 has under 200,000 people).</summary>
    public const int MaxAttendance = 1_000_000;

    public Task<OutreachSession> HandleAsync(RecordOutreachRequest r, CancellationToken ct = default) => HandleAsync(r, null, ct);

    /// <summary>The session with its attendance list (<paramref name="list"/>, optional): a wrong list refuses both, nothing saved.</summary>
    public async Task<OutreachSession> HandleAsync(RecordOutreachRequest r, IFormFile? list, CancellationToken ct)
    {
        new Validation()
            .Text(r.UnitCode, "unitCode", Unit.CodeMaxLength)
            .Require(r.Kind is { } k && Enum.IsDefined(k), "kind", "Validation.Required")
            .Require(r.Form is { } f && Enum.IsDefined(f), "form", "Validation.Required")
            .Require(r.HeldOn is not null, "heldOn", "Validation.Required")
            .Date(r.HeldOn, "heldOn")
            .Text(r.Topic, "topic", FieldLength.Title)
            .Text(r.Law, "law", FieldLength.Title)
            .Text(r.Place, "place", FieldLength.Name)
            .Require(r.People is null or (>= 0 and <= MaxAttendance), "people", "Registers.AttendanceRange")
            .Require(r.Attendances is null or (>= 0 and <= MaxAttendance), "attendances", "Registers.AttendanceRange")
            .Require(r.People is null || r.Attendances is null || r.Attendances >= r.People, "attendances", "Registers.AttendancesBelowPeople")
            .ThrowIfInvalid();
        var unit = await scope.RequireAsync(Text.Clean(r.UnitCode), Permission.Edit, ct);
        if (r.HeldOn!.Value > clock.VietnamToday())
        {
            throw DomainException.Invalid("Registers.InTheFuture", Text.Date(r.HeldOn.Value));
        }
        if (!unit.IsActiveOn(r.HeldOn.Value))
        {
            throw DomainException.Invalid("Unit.NotActiveOn", unit.Name, Text.Date(r.HeldOn.Value));
        }
        var names = list is null ? [] : await import.ReadListAsync(list, ct);
        var people = Math.Max(r.People ?? 0, names.Count);
        var session = new OutreachSession
        {
            UnitId = unit.Id,
            Kind = r.Kind!.Value,
            HeldOn = r.HeldOn.Value,
            Topic = Text.Clean(r.Topic),
            Law = Text.Clean(r.Law),
            Form = r.Form!.Value,
            Place = Text.Clean(r.Place),
            People = people,
            Attendances = Math.Max(r.Attendances ?? 0, people),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = user.UserName,
        };
        session.Attendees = [.. names.Select(n => new OutreachAttendee { SessionId = session.Id, Row = n.Row, FullName = n.Name, Address = n.Address })];
        db.Add(session);
        await db.SaveChangesAsync(ct);
        return session;
    }
}

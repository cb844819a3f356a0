namespace Grassroots.Web.Modules.Reception;

public sealed record OpenSessionRequest(string? UnitCode, SessionKind? Kind, DateOnly? HeldOn, string? Place, string? ReceivedBy);

/// <summary>Opens a reception session of a unit: regular (the reception office), periodic or unscheduled (the head).</summary>
public sealed class OpenSession(AppDbContext db, UnitScope scope, TimeProvider clock)
{
    public async Task<ReceptionSession> HandleAsync(OpenSessionRequest r, CancellationToken ct = default)
    {
        var today = clock.VietnamToday();
        new Validation()
            .Text(r.UnitCode, "unitCode", Unit.CodeMaxLength)
            .Require(r.Kind is not null, "kind", "Validation.Required")
            .Require(r.HeldOn is not null, "heldOn", "Validation.Required")
            .Require(r.HeldOn is null || r.HeldOn <= today, "heldOn", "Petition.FutureDate")
            .Text(r.Place, "place", FieldLength.Title)
            .Text(r.ReceivedBy, "receivedBy", FieldLength.Name)
            .ThrowIfInvalid();
        var unit = await scope.RequireAsync(Text.Clean(r.UnitCode), Permission.Edit, ct);
        if (!unit.IsActiveOn(r.HeldOn!.Value))
        {
            throw DomainException.Invalid("Unit.NotActiveOn", unit.Name, Text.Date(r.HeldOn.Value));
        }
        var session = new ReceptionSession
        {
            UnitId = unit.Id,
            Kind = r.Kind!.Value,
            HeldOn = r.HeldOn.Value,
            Place = Text.Clean(r.Place),
            ReceivedBy = Text.Clean(r.ReceivedBy),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(session);
        await db.SaveChangesAsync(ct);
        return session;
    }
}

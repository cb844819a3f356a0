namespace Grassroots.Web.Modules.Directory.Rename;

public sealed record RenameUnitRequest(string? NewName, DateOnly? EffectiveDate, string? Reference);

/// <summary>Đổi tên: the unit keeps its code and records; the old name stays in its lineage.</summary>
public sealed class RenameUnit(AppDbContext db, UnitScope scope, UnitDirectory directory, TimeProvider clock)
{
    public async Task<LineageEvent> HandleAsync(string code, RenameUnitRequest request, CancellationToken ct = default)
    {
        var name = Text.Clean(request.NewName);
        new Validation()
            .Text(name, "newName", Unit.NameMaxLength)
            .Require(request.EffectiveDate is not null, "effectiveDate", "Validation.Required")
            .Text(request.Reference, "reference", 200, required: false)
            .ThrowIfInvalid();
        var unit = await scope.RequireAsync(code, Permission.ManageUnits, ct);
        var date = request.EffectiveDate!.Value;
        if (!unit.IsActiveOn(date))
        {
            throw DomainException.Invalid("Unit.NotActiveOn", unit.Name, Text.Date(date));
        }
        if (name == unit.Name)
        {
            throw DomainException.Invalid("Unit.SameName");
        }
        var lineageEvent = new LineageEvent
        {
            Kind = LineageEventKind.Rename,
            EffectiveDate = date,
            Reference = Text.CleanOrNull(request.Reference),
            RecordedAt = clock.GetUtcNow().UtcDateTime,
            Links = [new LineageLink { Kind = LineageLinkKind.Rename, FromUnitId = unit.Id, ToUnitId = unit.Id, OldName = unit.Name, NewName = name }],
        };
        db.LineageEvents.Add(lineageEvent);
        unit.Name = name;
        await db.SaveChangesAsync(ct);
        directory.Forget();
        return lineageEvent;
    }
}

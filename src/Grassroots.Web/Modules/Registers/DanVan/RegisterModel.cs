namespace Grassroots.Web.Modules.Registers.DanVan;

public sealed record RegisterModelRequest(string? UnitCode, string? Name, ModelField? Field, string? Description, string? StartedBy, int? YearRegistered);

/// <summary>Registers a "Dân vận khéo" model of a unit: its name, field, what it does, who started it and the year it was registered.</summary>
public sealed class RegisterModel(AppDbContext db, UnitScope scope, CurrentUser user, TimeProvider clock)
{
    /// <summary>The movement was launched in 2009; no model is older.</summary>
    public const int FirstYear = 2009;

    public async Task<DanVanModel> HandleAsync(RegisterModelRequest r, CancellationToken ct = default)
    {
        var today = clock.VietnamToday();
        new Validation()
            .Text(r.UnitCode, "unitCode", Unit.CodeMaxLength)
            .Text(r.Name, "name", FieldLength.Title)
            .Require(r.Field is { } f && Enum.IsDefined(f), "field", "Validation.Required")
            .Text(r.Description, "description", FieldLength.Text)
            .Text(r.StartedBy, "startedBy", FieldLength.Name)
            .Require(r.YearRegistered is { } y && y >= FirstYear && y <= today.Year, "yearRegistered", "Registers.YearRange")
            .ThrowIfInvalid();
        var unit = await scope.RequireAsync(Text.Clean(r.UnitCode), Permission.Edit, ct);
        var model = new DanVanModel
        {
            UnitId = unit.Id,
            Name = Text.Clean(r.Name),
            Field = r.Field!.Value,
            Description = Text.Clean(r.Description),
            StartedBy = Text.Clean(r.StartedBy),
            YearRegistered = r.YearRegistered!.Value,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = user.UserName,
        };
        db.Add(model);
        await db.SaveChangesAsync(ct);
        return model;
    }
}

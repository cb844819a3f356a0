namespace Grassroots.Web.Modules.Registers.Workplaces;

public sealed record RegisterWorkplaceRequest(string? UnitCode, string? Name, WorkplaceKind? Kind, int? Staff, DateOnly? Since);

public sealed record ChangeKindRequest(WorkplaceKind? Kind, int? Version);

/// <summary>
/// Puts an agency, a public service unit or an enterprise on a unit's list of workplaces, with its kind (for an enterprise,
/// its ownership: state-owned, private, foreign-invested, or not known yet) and its staff.
/// </summary>
public sealed class RegisterWorkplace(AppDbContext db, UnitScope scope, CurrentUser user, TimeProvider clock)
{
    public const int MaxStaff = 1_000_000;

    public async Task<Workplace> HandleAsync(RegisterWorkplaceRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Text(r.UnitCode, "unitCode", Unit.CodeMaxLength)
            .Text(r.Name, "name", FieldLength.Name)
            .Require(r.Kind is { } k && Enum.IsDefined(k), "kind", "Validation.Required")
            .Require(r.Staff is >= 1 and <= MaxStaff, "staff", "Registers.StaffRange")
            .Require(r.Since is not null, "since", "Validation.Required")
            .Date(r.Since, "since")
            .ThrowIfInvalid();
        var unit = await scope.RequireAsync(Text.Clean(r.UnitCode), Permission.Edit, ct);
        var workplace = new Workplace
        {
            UnitId = unit.Id,
            Name = Text.Clean(r.Name),
            Kind = r.Kind!.Value,
            Staff = r.Staff!.Value,
            Since = r.Since!.Value,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = user.UserName,
        };
        db.Add(workplace);
        await db.SaveChangesAsync(ct);
        return workplace;
    }
}

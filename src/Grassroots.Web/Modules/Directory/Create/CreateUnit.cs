namespace Grassroots.Web.Modules.Directory.Create;

public sealed record CreateUnitRequest(string? Code, string? Name, UnitKind? Kind, string? ParentCode, DateOnly? ValidFrom, bool IsRemoteArea = false);

/// <summary>An administrator adds a unit under one they manage (a new village, agency, enterprise...).</summary>
public sealed class CreateUnit(AppDbContext db, UnitScope scope, UnitDirectory directory, TimeProvider clock)
{
    public async Task<Unit> HandleAsync(CreateUnitRequest request, CancellationToken ct = default)
    {
        var code = Text.Clean(request.Code);
        var name = Text.Clean(request.Name);
        new Validation()
            .Text(code, "code", Unit.CodeMaxLength)
            .Require(code.Length == 0 || code.Length > Unit.CodeMaxLength || Unit.IsValidCode(code), "code", "Unit.CodeInvalid")
            .Text(name, "name", Unit.NameMaxLength)
            .Require(request.Kind is not null, "kind", "Validation.Required")
            .Require(request.Kind is null or not UnitKind.Nation, "kind", "Unit.KindNotAllowed")
            .Text(request.ParentCode, "parentCode", Unit.CodeMaxLength)
            .ThrowIfInvalid();

        var parent = await scope.RequireAsync(Text.Clean(request.ParentCode), Permission.ManageUnits, ct);
        var kind = request.Kind!.Value;
        if (!kind.MayHaveParent(parent.Kind))
        {
            throw DomainException.Invalid("Unit.ParentKindNotAllowed", kind, parent.Kind);
        }
        var validFrom = request.ValidFrom ?? clock.VietnamToday();
        if (!parent.IsActiveOn(validFrom))
        {
            throw DomainException.Invalid("Unit.ParentNotActive", parent.Name, Text.Date(validFrom));
        }
        if (await db.Units.AnyAsync(u => u.Code == code, ct))
        {
            throw DomainException.Conflict("Unit.CodeTaken", code);
        }
        var unit = new Unit
        {
            Code = code,
            Name = name,
            Kind = kind,
            ParentId = parent.Id,
            Path = Unit.PathUnder(parent, code),
            ValidFrom = validFrom,
            IsRemoteArea = request.IsRemoteArea,
        };
        db.Units.Add(unit);
        await db.SaveChangesAsync(ct);
        directory.Forget();
        return unit;
    }
}

namespace Grassroots.Web.Modules.Directory;

/// <summary>A unit that a merge or split brings into being; kind and parent default to the old unit's.</summary>
public sealed record NewUnitSpec(string? Code, string? Name, UnitKind? Kind, string? ParentCode);

/// <summary>Tree edits shared by merge and split: new units, children moving house, paths kept true.</summary>
internal static class UnitMoves
{
    public static void ValidateNewUnit(Validation validation, NewUnitSpec? unit, string field)
    {
        if (unit is null)
        {
            validation.Require(false, field, "Validation.Required");
            return;
        }
        var code = Text.Clean(unit.Code);
        validation
            .Text(code, field + ".code", Unit.CodeMaxLength)
            .Require(code.Length == 0 || code.Length > Unit.CodeMaxLength || Unit.IsValidCode(code), field + ".code", "Unit.CodeInvalid")
            .Text(unit.Name, field + ".name", Unit.NameMaxLength)
            .Text(unit.ParentCode, field + ".parentCode", Unit.CodeMaxLength, required: false);
    }

    /// <summary>Builds (does not save) a unit that comes into being on <paramref name="date"/>.</summary>
    public static async Task<Unit> EstablishAsync(AppDbContext db, NewUnitSpec spec, UnitKind kind, Unit parent, DateOnly date,
        IEnumerable<Unit> mustNotContainParent, CancellationToken ct)
    {
        var code = Text.Clean(spec.Code);
        if (mustNotContainParent.Any(s => parent.IsInSubtreeOf(s.Path)))
        {
            throw DomainException.Invalid("Lineage.Cycle", parent.Name);
        }
        if (!kind.MayHaveParent(parent.Kind))
        {
            throw DomainException.Invalid("Unit.ParentKindNotAllowed", kind, parent.Kind);
        }
        if (!parent.IsActiveOn(date))
        {
            throw DomainException.Invalid("Unit.ParentNotActive", parent.Name, Text.Date(date));
        }
        if (await db.Units.AnyAsync(u => u.Code == code, ct) || db.Units.Local.Any(u => u.Code == code))
        {
            throw DomainException.Conflict("Unit.CodeTaken", code);
        }
        var unit = new Unit
        {
            Code = code,
            Name = Text.Clean(spec.Name),
            Kind = kind,
            ParentId = parent.Id,
            Parent = parent,
            Path = Unit.PathUnder(parent, code),
            ValidFrom = date,
            IsRemoteArea = parent.IsRemoteArea,
        };
        db.Units.Add(unit);
        return unit;
    }

    /// <summary>Children still in being on the date move under <paramref name="to"/>; each move is recorded on the event.</summary>
    public static async Task MoveChildrenAsync(AppDbContext db, Unit from, Unit to, LineageEvent lineageEvent, DateOnly date, CancellationToken ct)
    {
        var children = await db.Units
            .Where(u => u.ParentId == from.Id && (u.ValidTo == null || u.ValidTo > date))
            .ToListAsync(ct);
        foreach (var child in children)
        {
            lineageEvent.Links.Add(new LineageLink
            {
                Kind = LineageLinkKind.Reparent,
                FromUnit = child,
                ToUnit = child,
                OldParentId = from.Id,
                NewParentId = to.Id,
            });
            await RepathAsync(db, child, to, ct);
        }
    }

    private static async Task RepathAsync(AppDbContext db, Unit child, Unit newParent, CancellationToken ct)
    {
        var oldPath = child.Path;
        var newPath = Unit.PathUnder(newParent, child.Code);
        var subtree = await db.Units.Where(u => u.Path.StartsWith(oldPath)).ToListAsync(ct);
        foreach (var unit in subtree)
        {
            unit.Path = newPath + unit.Path[oldPath.Length..];
        }
        child.Parent = newParent;
    }
}

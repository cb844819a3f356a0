namespace Grassroots.Web.Modules.Directory.Split;

/// <summary>
/// <see cref="KeepSource"/> false: the source ends and its records pass to <see cref="PrimaryCode"/> (default: the first part).
/// <see cref="KeepSource"/> true: the parts are carved out of a source that goes on and keeps its records.
/// </summary>
public sealed record SplitUnitRequest(
    IReadOnlyList<NewUnitSpec>? Parts,
    string? PrimaryCode,
    bool KeepSource,
    DateOnly? EffectiveDate,
    string? Reference,
    string? Note);

/// <summary>Chia tách: one unit becomes several.</summary>
public sealed class SplitUnit(AppDbContext db, UnitScope scope, UnitDirectory directory, TimeProvider clock)
{
    public async Task<LineageEvent> HandleAsync(string sourceCode, SplitUnitRequest request, CancellationToken ct = default)
    {
        var parts = request.Parts ?? [];
        var validation = new Validation()
            .Require(parts.Count >= (request.KeepSource ? 1 : 2), "parts", "Lineage.SplitNeedsParts")
            .Require(parts.Count <= 20, "parts", "Lineage.TooManySources")
            .Require(request.EffectiveDate is not null, "effectiveDate", "Validation.Required")
            .Text(request.Reference, "reference", 200, required: false)
            .Text(request.Note, "note", 2000, required: false);
        for (var i = 0; i < parts.Count; i++)
        {
            UnitMoves.ValidateNewUnit(validation, parts[i], $"parts[{i}]");
        }
        validation.Require(parts.Select(p => Text.Clean(p.Code)).Distinct().Count() == parts.Count, "parts", "Lineage.DuplicateSource");
        validation.ThrowIfInvalid();

        var source = await scope.RequireAsync(sourceCode, Permission.ManageUnits, ct);
        var date = request.EffectiveDate!.Value;
        if (!source.IsActiveOn(date))
        {
            throw DomainException.Invalid("Unit.NotActiveOn", source.Name, Text.Date(date));
        }
        var primaryCode = request.KeepSource ? null : Text.CleanOrNull(request.PrimaryCode) ?? Text.Clean(parts[0].Code);
        if (primaryCode is not null && parts.All(p => Text.Clean(p.Code) != primaryCode))
        {
            throw DomainException.Invalid("Lineage.PrimaryNotAPart", primaryCode);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = new List<Unit>();
        foreach (var part in parts)
        {
            // A part sits beside the source unless the request names another parent; either way the caller must manage it.
            var parent = Text.CleanOrNull(part.ParentCode) is { } parentCode
                ? await scope.RequireAsync(parentCode, Permission.ManageUnits, ct)
                : await db.Units.FindAsync([source.ParentId], ct) ?? throw DomainException.Invalid("Unit.KindNotAllowed");
            await scope.RequireAsync(parent, Permission.ManageUnits, ct);
            created.Add(await UnitMoves.EstablishAsync(db, part, part.Kind ?? source.Kind, parent, date, [source], ct));
        }
        await db.SaveChangesAsync(ct);

        var lineageEvent = new LineageEvent
        {
            Kind = LineageEventKind.Split,
            EffectiveDate = date,
            Reference = Text.CleanOrNull(request.Reference),
            Note = Text.CleanOrNull(request.Note),
            RecordedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.LineageEvents.Add(lineageEvent);
        foreach (var part in created)
        {
            lineageEvent.Links.Add(new LineageLink
            {
                Kind = LineageLinkKind.Succession,
                FromUnit = source,
                ToUnit = part,
                IsPrimary = part.Code == primaryCode,
            });
        }
        if (!request.KeepSource)
        {
            await UnitMoves.MoveChildrenAsync(db, source, created.Single(p => p.Code == primaryCode), lineageEvent, date, ct);
            source.ValidTo = date;
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        directory.Forget();
        return lineageEvent;
    }
}

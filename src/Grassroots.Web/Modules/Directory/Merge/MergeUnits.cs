namespace Grassroots.Web.Modules.Directory.Merge;

/// <summary>Either <see cref="TargetCode"/> (an existing unit absorbs the others) or <see cref="NewUnit"/> (a new unit is formed).</summary>
public sealed record MergeUnitsRequest(
    IReadOnlyList<string>? SourceCodes,
    string? TargetCode,
    NewUnitSpec? NewUnit,
    DateOnly? EffectiveDate,
    string? Reference,
    string? Note);

/// <summary>
/// Sáp nhập: the sources end on the effective date, their records pass to the target, and the units
/// under them (villages, agencies) move under the target.
/// </summary>
public sealed class MergeUnits(AppDbContext db, UnitScope scope, UnitDirectory directory, TimeProvider clock)
{
    public async Task<LineageEvent> HandleAsync(MergeUnitsRequest request, CancellationToken ct = default)
    {
        var codes = (request.SourceCodes ?? []).Select(Text.Clean).ToList();
        var validation = new Validation()
            .Require(codes.Count > 0, "sourceCodes", "Validation.Required")
            .Require(codes.Count <= 50, "sourceCodes", "Lineage.TooManySources")
            .Require(codes.Distinct().Count() == codes.Count, "sourceCodes", "Lineage.DuplicateSource")
            .Require(request.EffectiveDate is not null, "effectiveDate", "Validation.Required")
            .Require(string.IsNullOrWhiteSpace(request.TargetCode) != (request.NewUnit is null), "targetCode", "Lineage.TargetOneOf")
            .Text(request.Reference, "reference", 200, required: false)
            .Text(request.Note, "note", 2000, required: false);
        if (request.NewUnit is not null)
        {
            UnitMoves.ValidateNewUnit(validation, request.NewUnit, "newUnit");
        }
        validation.ThrowIfInvalid();

        var date = request.EffectiveDate!.Value;
        var sources = new List<Unit>();
        foreach (var code in codes)
        {
            var source = await scope.RequireAsync(code, Permission.ManageUnits, ct);
            if (!source.IsActiveOn(date))
            {
                throw DomainException.Invalid("Unit.NotActiveOn", source.Name, Text.Date(date));
            }
            sources.Add(source);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        Unit target;
        if (request.NewUnit is { } spec)
        {
            var parentCode = Text.CleanOrNull(spec.ParentCode)
                ?? (await db.Units.FindAsync([sources[0].ParentId], ct))?.Code
                ?? throw DomainException.Invalid("Validation.Required");
            var parent = await scope.RequireAsync(parentCode, Permission.ManageUnits, ct);
            var kind = spec.Kind ?? sources[0].Kind;
            target = await UnitMoves.EstablishAsync(db, spec, kind, parent, date, sources, ct);
            await db.SaveChangesAsync(ct);
        }
        else
        {
            target = await scope.RequireAsync(Text.Clean(request.TargetCode), Permission.ManageUnits, ct);
            if (!target.IsActiveOn(date))
            {
                throw DomainException.Invalid("Unit.NotActiveOn", target.Name, Text.Date(date));
            }
            // Merging a unit into something inside itself would make the tree a loop.
            if (sources.Any(s => s.Id != target.Id && target.IsInSubtreeOf(s.Path)))
            {
                throw DomainException.Invalid("Lineage.Cycle", target.Name);
            }
            if (sources.All(s => s.Id == target.Id))
            {
                throw DomainException.Invalid("Lineage.NothingToMerge");
            }
        }
        foreach (var source in sources.Where(s => s.Id != target.Id))
        {
            if (!SameLevel(source.Kind, target.Kind))
            {
                throw DomainException.Invalid("Lineage.KindMismatch", source.Name, target.Name);
            }
        }

        var lineageEvent = new LineageEvent
        {
            Kind = LineageEventKind.Merge,
            EffectiveDate = date,
            Reference = Text.CleanOrNull(request.Reference),
            Note = Text.CleanOrNull(request.Note),
            RecordedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.LineageEvents.Add(lineageEvent);
        foreach (var source in sources.Where(s => s.Id != target.Id))
        {
            lineageEvent.Links.Add(new LineageLink { Kind = LineageLinkKind.Succession, FromUnit = source, ToUnit = target, IsPrimary = true });
            await UnitMoves.MoveChildrenAsync(db, source, target, lineageEvent, date, ct);
            source.ValidTo = date;
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        directory.Forget();
        return lineageEvent;
    }

    /// <summary>A commune merges with communes, wards or townships; otherwise like merges with like.</summary>
    internal static bool SameLevel(UnitKind a, UnitKind b) => a == b || (a.IsCommuneLevel() && b.IsCommuneLevel());
}

namespace Grassroots.Web.Modules.Assessment;

public sealed record TargetRequest(string? UnitCode, string? StandardName, int? Year, decimal? Share, string? IssuingDocument);

/// <summary>
/// A unit's (the province's) target for a standard in a year: the share of its communes that should pass it, with the decision
/// that set it ("phấn đấu đến năm 2024 có 60% số xã đạt chuẩn chính quyền thân thiện"; docs/legal.md ASM-TARGET). Set again, it
/// replaces the year's target.
/// </summary>
public sealed class SetStandardTarget(AppDbContext db, UnitScope scope, TimeProvider clock)
{
    public async Task<StandardTarget> HandleAsync(TargetRequest r, CancellationToken ct = default)
    {
        new Validation().Text(r.UnitCode, "unitCode", Unit.CodeMaxLength).Text(r.StandardName, "standardName", FieldLength.Name)
            .Require(r.Year is >= 2000 and <= Validation.LastYear, "year", "Validation.OutOfRange")
            .Require(r.Share is > 0 and <= 100, "share", "Validation.OutOfRange")
            .Text(r.IssuingDocument, "issuingDocument", FieldLength.Name).ThrowIfInvalid();
        var unit = await scope.RequireAsync(Text.Clean(r.UnitCode), Permission.Assess, ct);
        var name = Text.Clean(r.StandardName);
        var target = await db.Set<StandardTarget>().FirstOrDefaultAsync(t => t.UnitId == unit.Id && t.StandardName == name && t.Year == r.Year, ct);
        if (target is null)
        {
            target = new StandardTarget { UnitId = unit.Id, StandardName = name, Year = r.Year!.Value, IssuingDocument = "", CreatedAt = clock.GetUtcNow().UtcDateTime };
            db.Add(target);
        }
        target.Share = r.Share!.Value;
        target.IssuingDocument = Text.Clean(r.IssuingDocument);
        await db.SaveChangesAsync(ct);
        return target;
    }
}

namespace Grassroots.Web.Modules.Steering;

public sealed record PlanInspectionRequest(string? UnitCode, string? Title, string? Team, DateOnly? From, DateOnly? To, DateOnly? NotifiedOn,
    IReadOnlyList<string?>? UnitCodes, Guid? DocumentId = null);

/// <summary>
/// An inspection or thematic supervision by a committee: the team, the units of its subtree it visits, the dates, and the day
/// the units were told, which comes before the visits (the plan is sent ahead).
/// </summary>
public sealed class PlanInspection(AppDbContext db, UnitScope scope, SteeringFiles files, CurrentUser user, TimeProvider clock)
{
    public const int MaxUnits = 200;

    public async Task<SteeringInspection> HandleAsync(PlanInspectionRequest r, CancellationToken ct = default)
    {
        var codes = (r.UnitCodes ?? []).Select(Text.CleanOrNull).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        new Validation()
            .Text(r.UnitCode, "unitCode", Unit.CodeMaxLength)
            .Text(r.Title, "title", FieldLength.Title)
            .Text(r.Team, "team", FieldLength.Paragraph)
            .Require(r.From is not null, "from", "Validation.Required").Date(r.From, "from")
            .Require(r.To is not null, "to", "Validation.Required").Date(r.To, "to")
            .Require(r.From is null || r.To is null || r.To >= r.From, "to", "Steering.EndBeforeStart")
            .Require(r.From is null || r.To is null || r.To.Value.DayNumber - r.From.Value.DayNumber <= 366, "to", "Steering.InspectionTooLong")
            .Require(r.NotifiedOn is not null, "notifiedOn", "Validation.Required").Date(r.NotifiedOn, "notifiedOn")
            .Require(r.NotifiedOn is null || r.From is null || r.NotifiedOn < r.From, "notifiedOn", "Steering.NotifiedAfterStart")
            .Require(codes.Count is > 0 and <= MaxUnits, "unitCodes", "Steering.InspectionUnits")
            .ThrowIfInvalid();
        foreach (var code in codes)
        {
            new Validation().Text(code, "unitCodes", Unit.CodeMaxLength).ThrowIfInvalid();
        }
        var unit = await scope.RequireAsync(Text.Clean(r.UnitCode), Permission.Steer, ct);
        if (r.DocumentId is { } documentId && !await db.Set<SteeringDocument>().AnyAsync(d => d.Id == documentId && d.UnitId == unit.Id, ct))
        {
            throw DomainException.Invalid("Steering.DocumentNotFound");
        }
        var inspection = new SteeringInspection
        {
            UnitId = unit.Id,
            Title = Text.Clean(r.Title),
            Team = Text.Clean(r.Team),
            From = r.From!.Value,
            To = r.To!.Value,
            NotifiedOn = r.NotifiedOn!.Value,
            DocumentId = r.DocumentId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = user.UserName,
        };
        foreach (var code in codes)
        {
            var visited = await files.InSubtreeAsync(unit, code, "unitCodes", ct);
            inspection.Units.Add(new InspectedUnit { InspectionId = inspection.Id, UnitId = visited.Id });
        }
        db.Add(inspection);
        await db.SaveChangesAsync(ct);
        return inspection;
    }
}

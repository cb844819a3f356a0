namespace Grassroots.Web.Modules.Steering;

public sealed record CreatePlanRequest(string? UnitCode, string? Title, PlanKind? Kind, DateOnly? From, DateOnly? To, Guid? DocumentId = null);

/// <summary>
/// A committee's plan for a period (yearly, six-monthly, thematic), issued by a plan (KH) of the unit's register when one is
/// named: the document must be issued, and not dated after the plan's period has ended.
/// </summary>
public sealed class CreatePlan(AppDbContext db, UnitScope scope, CurrentUser user, TimeProvider clock)
{
    public async Task<SteeringPlan> HandleAsync(CreatePlanRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Text(r.UnitCode, "unitCode", Unit.CodeMaxLength)
            .Text(r.Title, "title", FieldLength.Title)
            .Require(r.Kind is not null, "kind", "Validation.Required")
            .Require(r.From is not null, "from", "Validation.Required").Date(r.From, "from")
            .Require(r.To is not null, "to", "Validation.Required").Date(r.To, "to")
            .Require(r.From is null || r.To is null || r.To >= r.From, "to", "Steering.EndBeforeStart")
            .Require(r.From is null || r.To is null || r.To.Value.DayNumber - r.From.Value.DayNumber <= 5 * 366, "to", "Steering.PlanTooLong")
            .ThrowIfInvalid();
        var unit = await scope.RequireAsync(Text.Clean(r.UnitCode), Permission.Steer, ct);
        if (r.DocumentId is { } documentId)
        {
            var document = await db.Set<SteeringDocument>().FirstOrDefaultAsync(d => d.Id == documentId && d.UnitId == unit.Id, ct)
                ?? throw DomainException.Invalid("Steering.DocumentNotFound");
            if (document.Status != DocumentStatus.Issued)
            {
                throw DomainException.Invalid("Steering.PlanDocumentNotIssued");
            }
            if (document.IssuedOn > r.To)
            {
                throw DomainException.Invalid("Steering.PlanDocumentAfterPeriod", Text.Date(document.IssuedOn!.Value));
            }
        }
        var plan = new SteeringPlan
        {
            UnitId = unit.Id,
            Title = Text.Clean(r.Title),
            Kind = r.Kind!.Value,
            From = r.From!.Value,
            To = r.To!.Value,
            DocumentId = r.DocumentId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = user.UserName,
        };
        db.Add(plan);
        await db.SaveChangesAsync(ct);
        return plan;
    }
}

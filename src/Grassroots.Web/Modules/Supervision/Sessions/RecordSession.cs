using Grassroots.Web.Modules.Supervision.Recommendations;

namespace Grassroots.Web.Modules.Supervision.Sessions;

public sealed record RecordSessionRequest(string? UnitCode, SessionKind? Kind, Guid? BoardId, Guid? PlanId, Supervisor? Supervisor, CriticismForm? Form,
    string? Topic, string? SupervisedBody, string? Document, int? UnitsVisited, DateOnly? HeldOn, DateOnly? EndedOn, string? Findings,
    IReadOnlyList<NewRecommendation>? Recommendations);

/// <summary>
/// A session with its findings and recommendations: an inspection board's check (by a board in place, not before its plan
/// allowed), an investment board's supervision of its project (refused once the project ended or the board was
/// dissolved), the Front's or a mass organisation's supervision, a social criticism, comments on a draft. Each
/// recommendation needs an addressee; its due answer comes from the legal clock. All or nothing.
/// </summary>
public sealed class RecordSession(AppDbContext db, UnitScope scope, NewRecommendations recommendations, CurrentUser user, TimeProvider clock)
{
    public async Task<SupervisionSession> HandleAsync(RecordSessionRequest r, CancellationToken ct = default)
    {
        var v = new Validation()
            .Text(r.UnitCode, "unitCode", Unit.CodeMaxLength)
            .Require(r.Kind is not null, "kind", "Validation.Required")
            .Require(r.Kind is not (SessionKind.Inspection or SessionKind.Investment) || r.BoardId is not null, "boardId", "Validation.Required")
            .Require(r.Kind != SessionKind.Criticism || r.Form is not null, "form", "Validation.Required")
            .Text(r.Topic, "topic", FieldLength.Title)
            .Text(r.SupervisedBody, "supervisedBody", FieldLength.Name, required: false)
            .Text(r.Document, "document", FieldLength.Title, required: r.Kind is SessionKind.Criticism or SessionKind.DraftComment)
            .Require(r.UnitsVisited is null or (>= 0 and <= 10_000), "unitsVisited", "Validation.OutOfRange")
            .Require(r.HeldOn is not null, "heldOn", "Validation.Required")
            .Date(r.HeldOn, "heldOn").Date(r.EndedOn, "endedOn")
            .Require(r.HeldOn is null || r.EndedOn is null || r.EndedOn >= r.HeldOn, "endedOn", "Supervision.EndBeforeStart")
            .Text(r.Findings, "findings", FieldLength.Minutes, required: false);
        NewRecommendations.Validate(v, r.Recommendations, "recommendations");
        v.ThrowIfInvalid();
        var unit = await scope.RequireAsync(Text.Clean(r.UnitCode), Permission.Edit, ct);
        var kind = r.Kind!.Value;
        var held = r.HeldOn!.Value;
        if (held > clock.VietnamToday())
        {
            throw DomainException.Invalid("Supervision.InTheFuture");
        }
        if (SupervisionRules.BoardOf(kind) is { } boardKind)
        {
            var board = await db.Set<SupervisionBoard>().FirstOrDefaultAsync(b => b.Id == r.BoardId, ct) ?? throw DomainException.NotFound("Supervision.BoardNotFound");
            if (board.UnitId != unit.Id || board.Kind != boardKind)
            {
                throw DomainException.Invalid("Supervision.BoardOfAnotherUnit", board.Name, unit.Name);
            }
            if (board.Kind == BoardKind.Investment && (board.ProjectEndsOn < held || board.DissolvedOn <= held))
            {
                throw DomainException.Conflict("Supervision.ProjectEnded", board.ProjectName, Text.Date((board.ProjectEndsOn ?? board.DissolvedOn)!.Value));
            }
            if (!board.IsInPlaceOn(held))
            {
                throw DomainException.Conflict("Supervision.BoardNotInPlace", board.Name, Text.Date(held));
            }
            if (r.PlanId is { } planId)
            {
                var plan = await db.Set<SupervisionPlan>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId && p.BoardId == board.Id, ct)
                    ?? throw DomainException.NotFound("Supervision.PlanNotFound");
                if (plan.EarliestStart > held)
                {
                    throw DomainException.Conflict("Supervision.BeforePlanAllows", Text.Date(plan.EarliestStart.Value));
                }
            }
        }
        var session = new SupervisionSession
        {
            UnitId = unit.Id,
            Kind = kind,
            BoardId = SupervisionRules.BoardOf(kind) is null ? null : r.BoardId,
            PlanId = SupervisionRules.BoardOf(kind) is null ? null : r.PlanId,
            Supervisor = kind is SessionKind.FrontSupervision or SessionKind.Criticism or SessionKind.DraftComment ? r.Supervisor ?? Supervisor.Front : null,
            Form = kind == SessionKind.Criticism ? r.Form : null,
            Topic = Text.Clean(r.Topic),
            SupervisedBody = Text.CleanOrNull(r.SupervisedBody),
            Document = Text.CleanOrNull(r.Document),
            UnitsVisited = r.UnitsVisited ?? (kind == SessionKind.FrontSupervision ? 1 : 0),
            HeldOn = held,
            EndedOn = r.EndedOn,
            Findings = Text.CleanOrNull(r.Findings),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = user.UserName,
        };
        var recs = await recommendations.BuildAsync(unit, SupervisionRules.SourceOf(kind), session.Id, r.EndedOn ?? held, r.Recommendations, false, ct);
        db.Add(session);
        db.AddRange(recs);
        await db.SaveChangesAsync(ct);
        return session;
    }
}

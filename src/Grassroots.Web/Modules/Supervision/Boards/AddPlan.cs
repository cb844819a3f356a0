namespace Grassroots.Web.Modules.Supervision.Boards;

public sealed record AddPlanRequest(PlanKind? Kind, string? Title, string? Content, DateOnly? PeriodFrom, DateOnly? PeriodTo, string? Target, DateOnly? SentOn);

/// <summary>
/// A board's plan: its programme for a quarter, half-year or year, or one inspection's plan. An inspection board's
/// inspection plan must reach the Front, the commune chairman and the inspected body at least 5 working days before the
/// inspection starts, on the working calendar (docs/legal.md SUP-PLAN-5WD): sent later, it is refused and nothing is saved.
/// </summary>
public sealed class AddPlan(AppDbContext db, SupervisionBoards boards, SupervisionClock legal, CurrentUser user, TimeProvider clock)
{
    public async Task<SupervisionPlan> HandleAsync(Guid boardId, AddPlanRequest r, CancellationToken ct = default)
    {
        var inspection = r.Kind == PlanKind.Inspection;
        new Validation()
            .Require(r.Kind is not null, "kind", "Validation.Required")
            .Text(r.Title, "title", FieldLength.Title)
            .Text(r.Content, "content", FieldLength.Text, required: false)
            .Require(r.PeriodFrom is not null, "periodFrom", "Validation.Required")
            .Require(r.PeriodTo is not null, "periodTo", "Validation.Required")
            .Date(r.PeriodFrom, "periodFrom").Date(r.PeriodTo, "periodTo").Date(r.SentOn, "sentOn")
            .Require(r.PeriodFrom is null || r.PeriodTo is null || r.PeriodTo >= r.PeriodFrom, "periodTo", "Supervision.EndBeforeStart")
            .Text(r.Target, "target", FieldLength.Name, required: inspection)
            .Require(!inspection || r.SentOn is not null, "sentOn", "Validation.Required")
            .ThrowIfInvalid();
        var board = await boards.LoadAsync(boardId, Permission.Edit, ct);
        if (!board.IsInPlaceOn(r.PeriodFrom!.Value))
        {
            throw DomainException.Conflict("Supervision.BoardNotInPlace", board.Name, Text.Date(r.PeriodFrom.Value));
        }
        var plan = new SupervisionPlan
        {
            BoardId = board.Id,
            UnitId = board.UnitId,
            Kind = r.Kind!.Value,
            Title = Text.Clean(r.Title),
            Content = Text.CleanOrNull(r.Content),
            PeriodFrom = r.PeriodFrom.Value,
            PeriodTo = r.PeriodTo!.Value,
            Target = Text.CleanOrNull(r.Target),
            SentOn = r.SentOn,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = user.UserName,
        };
        var rule = SupervisionRules.All[SupervisionRuleId.InspectionPlanAhead];
        if (inspection && board.Kind == BoardKind.Inspection && rule.AppliesOn(r.SentOn!.Value))
        {
            var ahead = await legal.StartAsync(SupervisionRuleId.InspectionPlanAhead, r.SentOn.Value, ct);
            if (plan.PeriodFrom < ahead.DueOn)
            {
                throw DomainException.Invalid("Supervision.PlanTooLate", Text.Date(r.SentOn.Value), Text.Date(plan.PeriodFrom), Text.Date(ahead.DueOn), rule.Citation);
            }
            plan.EarliestStart = ahead.DueOn;
            plan.Explanation = ahead.Explanation;
        }
        db.Add(plan);
        await db.SaveChangesAsync(ct);
        return plan;
    }
}

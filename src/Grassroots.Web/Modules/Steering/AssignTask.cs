namespace Grassroots.Web.Modules.Steering;

public sealed record AssignTaskRequest(string? AssigneeUnitCode, string? Title, DateOnly? AssignedOn, DateOnly? DueOn, string? ExpectedOutput = null,
    string? Coordinators = null, Guid? AssigneeMemberId = null);

/// <summary>
/// Adds a task to a plan, or to a concluding notice (<see cref="IssueConcludingNotice"/>): for a unit of the committee's
/// subtree, due on a working day — a day off moves to the next working day (BLDS-148) — and not before it was assigned.
/// </summary>
public sealed class AssignTask(AppDbContext db, SteeringFiles files, WorkingCalendar calendar, CurrentUser user, TimeProvider clock)
{
    public const int MaxTasksPerPlan = 2000;

    public async Task<SteeringTask> HandleAsync(Guid planId, AssignTaskRequest r, CancellationToken ct = default)
    {
        Validate(r, "");
        var plan = await files.PlanAsync(planId, Permission.Steer, ct);
        if (await db.Set<SteeringTask>().CountAsync(t => t.PlanId == plan.Id, ct) >= MaxTasksPerPlan)
        {
            throw DomainException.Conflict("Steering.TooManyTasks", MaxTasksPerPlan);
        }
        var task = await NewAsync(plan.Unit!, r, "", ct);
        task.PlanId = plan.Id;
        db.Add(task);
        await db.SaveChangesAsync(ct);
        return task;
    }

    internal static void Validate(AssignTaskRequest r, string prefix) => new Validation()
        .Text(r.AssigneeUnitCode, prefix + "assigneeUnitCode", Unit.CodeMaxLength)
        .Text(r.Title, prefix + "title", FieldLength.Line)
        .Require(r.AssignedOn is not null, prefix + "assignedOn", "Validation.Required").Date(r.AssignedOn, prefix + "assignedOn")
        .Require(r.DueOn is not null, prefix + "dueOn", "Validation.Required").Date(r.DueOn, prefix + "dueOn")
        .Require(r.AssignedOn is null || r.DueOn is null || r.DueOn >= r.AssignedOn, prefix + "dueOn", "Steering.DueBeforeAssigned")
        .Text(r.ExpectedOutput, prefix + "expectedOutput", FieldLength.Line, required: false)
        .Text(r.Coordinators, prefix + "coordinators", FieldLength.Line, required: false)
        .ThrowIfInvalid();

    /// <summary>A task of the committee of <paramref name="owner"/>, checked; not yet added.</summary>
    internal async Task<SteeringTask> NewAsync(Unit owner, AssignTaskRequest r, string prefix, CancellationToken ct)
    {
        var assignee = await files.InSubtreeAsync(owner, r.AssigneeUnitCode, prefix + "assigneeUnitCode", ct);
        if (r.AssigneeMemberId is { } memberId
            && !await db.Set<CommitteeMember>().AnyAsync(m => m.Id == memberId && m.To == null && m.Committee!.UnitId == owner.Id, ct))
        {
            throw DomainException.Invalid("Steering.MemberNotInCommittee");
        }
        return new SteeringTask
        {
            OwnerUnitId = owner.Id,
            AssigneeUnitId = assignee.Id,
            AssigneeMemberId = r.AssigneeMemberId,
            Title = Text.Clean(r.Title),
            ExpectedOutput = Text.CleanOrNull(r.ExpectedOutput),
            Coordinators = Text.CleanOrNull(r.Coordinators),
            AssignedOn = r.AssignedOn!.Value,
            DueOn = await SteeringRules.WorkingDueAsync(calendar, r.DueOn!.Value, ct),
            State = TaskState.Open,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = user.UserName,
        };
    }
}

using Grassroots.Web.Modules.Home.Contracts;

namespace Grassroots.Web.Modules.Steering;

/// <summary>
/// The tasks on the landing page ("Việc của tôi"): overdue and due within <see cref="SteeringRules.DueSoonDays"/> days, of the
/// units the caller is in charge for (Edit on the unit in charge) and of the committees the caller steers (Steer on the unit
/// that gave them), over their whole subtree.
/// </summary>
public sealed class SteeringWork(AppDbContext db, UnitScope scope, TimeProvider clock) : IMyWorkSource
{
    public const int Named = 5;

    public async Task<MyWorkGroup?> ReadAsync(CancellationToken ct = default)
    {
        var edit = await scope.HasAnywhereAsync(Permission.Edit, ct);
        var steer = await scope.HasAnywhereAsync(Permission.Steer, ct);
        if (!edit && !steer)
        {
            return null;
        }
        var today = clock.VietnamToday();
        var soon = today.AddDays(SteeringRules.DueSoonDays);
        var open = db.Set<SteeringTask>().AsNoTracking().Where(t => t.State == TaskState.Open && t.DueOn <= soon);
        var mine = await scope.FilterAsync(open, t => t.AssigneeUnit!.Path, Permission.Edit, ct);
        var steered = await scope.FilterAsync(open, t => t.OwnerUnit!.Path, Permission.Steer, ct);
        var all = mine.Union(steered);
        var overdue = await all.Where(t => t.DueOn < today).CountAsync(ct);
        var dueSoon = await all.Where(t => t.DueOn >= today).CountAsync(ct);
        // The longest overdue first, and the soonest due: each line names its own first few.
        var first = await all.Where(t => t.DueOn < today).OrderBy(t => t.DueOn).Take(Named)
            .Select(t => new { t.Id, t.Title, Unit = t.AssigneeUnit!.Name, t.DueOn }).ToListAsync(ct);
        first.AddRange(await all.Where(t => t.DueOn >= today).OrderBy(t => t.DueOn).Take(Named)
            .Select(t => new { t.Id, t.Title, Unit = t.AssigneeUnit!.Name, t.DueOn }).ToListAsync(ct));
        MyWorkDetail D(Guid id, string title, string unit, DateOnly due) => new($"{unit} — {title}", $"/steering/tasks/{id}", due);
        return new MyWorkGroup("steering", 35, "MyWork.Steering",
        [
            new("steering-overdue", overdue, "/steering/tasks?overdue=true", "MyWork.Steering.Overdue", "MyWork.Steering.OverdueNone", Urgent: overdue > 0,
                Details: first.Where(t => t.DueOn < today).Select(t => D(t.Id, t.Title, t.Unit, t.DueOn)).ToList()),
            new("steering-due-soon", dueSoon, $"/steering/tasks?state=Open&dueTo={soon:yyyy-MM-dd}", "MyWork.Steering.DueSoon", "MyWork.Steering.DueSoonNone",
                Details: first.Where(t => t.DueOn >= today).Select(t => D(t.Id, t.Title, t.Unit, t.DueOn)).ToList()),
        ]);
    }
}

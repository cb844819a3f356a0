using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Grassroots.Web.Modules.Directory.Pages;

public sealed class DetailModel(AppDbContext db, UnitScope scope, UnitLineage lineage, TimeProvider clock) : PageModel
{
    public Unit Unit { get; private set; } = null!;
    public Unit? Parent { get; private set; }
    public Unit Successor { get; private set; } = null!;
    public List<Unit> Children { get; private set; } = [];
    public List<LineageEvent> History { get; private set; } = [];
    public Dictionary<int, string> UnitNames { get; private set; } = [];
    public bool CanManage { get; private set; }

    public async Task OnGetAsync(string code, CancellationToken ct)
    {
        Unit = await scope.RequireAsync(code, Permission.View, ct);
        Parent = Unit.ParentId is null ? null : await db.Units.AsNoTracking().FirstAsync(u => u.Id == Unit.ParentId, ct);
        if (Parent is not null && !await scope.CanAsync(Parent, Permission.View, ct))
        {
            Parent = null; // above the caller's reach: not shown
        }
        Successor = await lineage.SuccessorOnAsync(Unit, clock.VietnamToday(), ct);
        Children = (await db.Units.AsNoTracking().Where(u => u.ParentId == Unit.Id).ToListAsync(ct))
            .OrderBy(u => u.ValidTo is null ? 0 : 1).ThenBy(u => u.Name, Text.VietnameseOrder).ToList();
        History = await lineage.HistoryAsync(Unit, ct);
        var parentIds = History.SelectMany(e => e.Links).SelectMany(l => new[] { l.OldParentId, l.NewParentId }).OfType<int>().Distinct().ToList();
        UnitNames = await db.Units.AsNoTracking().Where(u => parentIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        CanManage = await scope.CanAsync(Unit, Permission.ManageUnits, ct);
    }
}

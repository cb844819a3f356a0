namespace Grassroots.Web.Modules.Directory;

public sealed record UnitDto(string Code, string Name, UnitKind Kind, string? ParentCode, DateOnly? ValidFrom, DateOnly? ValidTo, bool IsRemoteArea);

public sealed record LineageLinkDto(LineageLinkKind Kind, string FromCode, string ToCode, bool IsPrimary, string? OldName, string? NewName);

public sealed record LineageEventDto(int Id, LineageEventKind Kind, DateOnly EffectiveDate, string? Reference, string? Note, IReadOnlyList<LineageLinkDto> Links);

/// <summary>A unit's page: the unit, its parent when in reach, its children, what holds its records today, and its history.</summary>
public sealed record UnitDetail(Unit Unit, Unit? Parent, Unit Successor, IReadOnlyList<Unit> Children, IReadOnlyList<LineageEvent> History,
    IReadOnlyDictionary<int, string> UnitNames, bool CanManage)
{
    /// <summary>The units named on the page (successor, predecessors, successors) whose pages the reader may open: only those are links.</summary>
    public IReadOnlySet<int> InReach { get; init; } = new HashSet<int>();
}

/// <summary>The tree of the units in reach on a day, ready to draw.</summary>
public sealed record UnitTree(DateOnly Day, IReadOnlyList<TreeNode> Roots, ILookup<int?, TreeNode> Children, bool CanManage);

/// <summary>Every list and view of units, for the API and the pages alike: only what the caller may see.</summary>
public sealed class UnitReader(AppDbContext db, UnitScope scope, UnitLineage lineage, TimeProvider clock)
{
    /// <summary>Units in reach in being on a day (today by default), or every unit ever; optionally of one kind.</summary>
    public async Task<List<UnitDto>> ListAsync(DateOnly? date, bool all, UnitKind? kind, CancellationToken ct)
    {
        var query = await scope.VisibleUnitsAsync(Permission.View, ct);
        if (!all)
        {
            var day = date ?? clock.VietnamToday();
            query = query.Where(u => (u.ValidFrom == null || u.ValidFrom <= day) && (u.ValidTo == null || u.ValidTo > day));
        }
        if (kind is { } k)
        {
            query = query.Where(u => u.Kind == k);
        }
        return await query.AsNoTracking().OrderBy(u => u.Path)
            .Select(u => new UnitDto(u.Code, u.Name, u.Kind, u.Parent == null ? null : u.Parent.Code, u.ValidFrom, u.ValidTo, u.IsRemoteArea))
            .ToListAsync(ct);
    }

    public async Task<UnitDto> GetAsync(string code, CancellationToken ct) => await ToDtoAsync(await scope.RequireAsync(Text.Clean(code), Permission.View, ct), ct);

    /// <summary>The units directly under a unit on a date.</summary>
    public async Task<List<UnitDto>> ChildrenAsync(string code, DateOnly? date, CancellationToken ct)
    {
        var unit = await scope.RequireAsync(Text.Clean(code), Permission.View, ct);
        var tree = await lineage.TreeOnAsync(await scope.VisibleUnitsAsync(Permission.View, ct), date ?? clock.VietnamToday(), ct);
        return tree.Where(n => n.ParentId == unit.Id).OrderBy(n => n.Name, Text.VietnameseOrder)
            .Select(n => new UnitDto(n.Code, n.Name, n.Kind, unit.Code, n.ValidFrom, n.ValidTo, n.IsRemoteArea)).ToList();
    }

    /// <summary>Every merge, split and rename that touched the unit.</summary>
    public async Task<List<LineageEventDto>> LineageAsync(string code, CancellationToken ct)
    {
        var unit = await scope.RequireAsync(Text.Clean(code), Permission.View, ct);
        return (await lineage.HistoryAsync(unit, ct)).Select(ToDto).ToList();
    }

    /// <summary>One lineage event of a unit's history (what a merge, split or rename just recorded).</summary>
    public async Task<LineageEventDto> EventAsync(string code, int eventId, CancellationToken ct) =>
        (await LineageAsync(code, ct)).Single(e => e.Id == eventId);

    /// <summary>The unit that holds this unit's records on a date (itself when nothing happened).</summary>
    public async Task<UnitDto> SuccessorAsync(string code, DateOnly? date, CancellationToken ct)
    {
        var unit = await scope.RequireAsync(Text.Clean(code), Permission.View, ct);
        return await ToDtoAsync(await lineage.SuccessorOnAsync(unit, date ?? clock.VietnamToday(), ct), ct);
    }

    public async Task<UnitDetail> DetailAsync(string code, CancellationToken ct)
    {
        var unit = await scope.RequireAsync(Text.Clean(code), Permission.View, ct);
        var parent = unit.ParentId is null ? null : await db.Units.AsNoTracking().FirstAsync(u => u.Id == unit.ParentId, ct);
        if (parent is not null && !await scope.CanAsync(parent, Permission.View, ct))
        {
            parent = null; // above the caller's reach: not shown
        }
        var children = (await db.Units.AsNoTracking().Where(u => u.ParentId == unit.Id).ToListAsync(ct))
            .OrderBy(u => u.ValidTo is null ? 0 : 1).ThenBy(u => u.Name, Text.VietnameseOrder).ToList();
        var history = await lineage.HistoryAsync(unit, ct);
        var parentIds = history.SelectMany(e => e.Links).SelectMany(l => new[] { l.OldParentId, l.NewParentId }).OfType<int>().Distinct().ToList();
        var names = await db.Units.AsNoTracking().Where(u => parentIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var successor = await lineage.SuccessorOnAsync(unit, clock.VietnamToday(), ct);
        var named = history.SelectMany(e => e.Links).SelectMany(l => new[] { l.FromUnit, l.ToUnit }).Append(successor).OfType<Unit>().DistinctBy(u => u.Id);
        var inReach = new HashSet<int>();
        foreach (var other in named)
        {
            if (await scope.CanAsync(other, Permission.View, ct))
            {
                inReach.Add(other.Id);
            }
        }
        return new UnitDetail(unit, parent, successor, children, history, names, await scope.CanAsync(unit, Permission.ManageUnits, ct)) { InReach = inReach };
    }

    /// <summary>Territorial units first, then the bodies beside them, each level in Vietnamese alphabetical order.</summary>
    public async Task<UnitTree> TreeAsync(DateOnly? date, CancellationToken ct)
    {
        var day = date ?? clock.VietnamToday();
        var nodes = await lineage.TreeOnAsync(await scope.VisibleUnitsAsync(Permission.View, ct), day, ct);
        var ids = nodes.Select(n => n.Id).ToHashSet();
        var children = nodes.OrderBy(n => n.Kind.IsTerritorial() ? 0 : 1).ThenBy(n => n.Name, Text.VietnameseOrder).ToLookup(n => n.ParentId);
        var roots = nodes.Where(n => n.ParentId is null || !ids.Contains(n.ParentId.Value)).OrderBy(n => n.Name, Text.VietnameseOrder).ToList();
        return new UnitTree(day, roots, children, await scope.HasAnywhereAsync(Permission.ManageUnits, ct));
    }

    private async Task<UnitDto> ToDtoAsync(Unit u, CancellationToken ct) =>
        new(u.Code, u.Name, u.Kind, u.ParentId is null ? null : await db.Units.Where(p => p.Id == u.ParentId).Select(p => p.Code).FirstAsync(ct),
            u.ValidFrom, u.ValidTo, u.IsRemoteArea);

    private static LineageEventDto ToDto(LineageEvent e) => new(e.Id, e.Kind, e.EffectiveDate, e.Reference, e.Note,
        e.Links.Select(l => new LineageLinkDto(l.Kind, l.FromUnit!.Code, l.ToUnit!.Code, l.IsPrimary, l.OldName, l.NewName)).ToList());
}

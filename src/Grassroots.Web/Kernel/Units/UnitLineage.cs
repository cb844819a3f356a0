namespace Grassroots.Web.Kernel.Units;

/// <summary>
/// The one answer to "which unit does this old unit's data belong to on date D", and to the unit's
/// name and parent on a date. Everything that rolls figures up through the 2025 reform asks here.
/// </summary>
public sealed class UnitLineage(AppDbContext db)
{
    /// <summary>Follows the primary succession links effective on or before <paramref name="date"/>.</summary>
    public async Task<Unit> SuccessorOnAsync(Unit unit, DateOnly date, CancellationToken ct = default)
    {
        var current = unit;
        var seen = new HashSet<int> { unit.Id };
        while (true)
        {
            var next = await db.LineageLinks.AsNoTracking()
                .Where(l => l.FromUnitId == current.Id && l.Kind == LineageLinkKind.Succession && l.IsPrimary
                    && l.ToUnitId != current.Id && l.Event!.EffectiveDate <= date)
                .OrderBy(l => l.Event!.EffectiveDate)
                .Select(l => l.ToUnit)
                .FirstOrDefaultAsync(ct);
            if (next is null || !seen.Add(next.Id))
            {
                return current;
            }
            current = next;
        }
    }

    /// <summary>
    /// The units that existed on the date, each under the parent it had then: the old tree before the
    /// reform and the new one after it.
    /// </summary>
    public async Task<List<TreeNode>> TreeOnAsync(IQueryable<Unit> visible, DateOnly date, CancellationToken ct = default)
    {
        var units = await visible.AsNoTracking()
            .Where(u => (u.ValidFrom == null || u.ValidFrom <= date) && (u.ValidTo == null || u.ValidTo > date))
            .Select(u => new { u.Id, u.Code, u.Name, u.Kind, u.ParentId, u.ValidFrom, u.ValidTo, u.IsRemoteArea })
            .ToListAsync(ct);
        var ids = units.Select(u => u.Id).ToList();
        var laterLinks = await db.LineageLinks.AsNoTracking()
            .Where(l => l.Event!.EffectiveDate > date && (l.Kind == LineageLinkKind.Rename || l.Kind == LineageLinkKind.Reparent))
            .Select(l => new { l.FromUnitId, l.Kind, l.OldName, l.OldParentId, l.Event!.EffectiveDate })
            .ToListAsync(ct);
        var firstLater = laterLinks.Where(l => ids.Contains(l.FromUnitId))
            .GroupBy(l => (l.FromUnitId, l.Kind))
            .ToDictionary(g => g.Key, g => g.OrderBy(l => l.EffectiveDate).First());
        return units.Select(u => new TreeNode(
                u.Id, u.Code,
                firstLater.TryGetValue((u.Id, LineageLinkKind.Rename), out var rename) ? rename.OldName ?? u.Name : u.Name,
                u.Kind,
                firstLater.TryGetValue((u.Id, LineageLinkKind.Reparent), out var move) ? move.OldParentId : u.ParentId,
                u.ValidFrom, u.ValidTo, u.IsRemoteArea))
            .ToList();
    }

    /// <summary>Units whose records passed, through any chain of merges and splits, into the subtree at <paramref name="path"/>.</summary>
    public async Task<List<(int Id, string Path)>> PredecessorsOfSubtreeAsync(string path, CancellationToken ct = default)
    {
        var found = new Dictionary<int, string>();
        var frontier = await db.LineageLinks.AsNoTracking()
            .Where(l => l.Kind == LineageLinkKind.Succession && l.IsPrimary && l.ToUnit!.Path.StartsWith(path))
            .Select(l => new { l.FromUnitId, l.FromUnit!.Path })
            .ToListAsync(ct);
        while (frontier.Count > 0)
        {
            var fresh = frontier.Where(f => !f.Path.StartsWith(path, StringComparison.Ordinal) && found.TryAdd(f.FromUnitId, f.Path))
                .Select(f => f.FromUnitId).ToList();
            if (fresh.Count == 0)
            {
                break;
            }
            frontier = await db.LineageLinks.AsNoTracking()
                .Where(l => l.Kind == LineageLinkKind.Succession && l.IsPrimary && fresh.Contains(l.ToUnitId))
                .Select(l => new { l.FromUnitId, l.FromUnit!.Path })
                .ToListAsync(ct);
        }
        return found.Select(f => (f.Key, f.Value)).ToList();
    }

    /// <summary>
    /// The path prefixes whose data a unit's figures include: its own subtree and those of the units merged
    /// into it ("data before the reform stays with the old units and rolls up under the new ones").
    /// </summary>
    public async Task<List<string>> RollUpPathsAsync(Unit unit, CancellationToken ct = default) =>
        [unit.Path, .. (await PredecessorsOfSubtreeAsync(unit.Path, ct)).Select(p => p.Path)];

    /// <summary>
    /// For each unit, the ids of its subtree and of the units merged into it: one read of the tree for a whole
    /// table of units (a consolidated report's sub-units) instead of one per unit.
    /// </summary>
    public async Task<Dictionary<int, HashSet<int>>> RollUpUnitIdsAsync(IReadOnlyList<Unit> units, CancellationToken ct = default)
    {
        var pathsOf = await RollUpPathsAsync(units, ct);
        var all = UnitPaths.Minimal(pathsOf.Values.SelectMany(p => p));
        var rows = await db.Units.AsNoTracking().Where(UnitPaths.Within<Unit>(x => x.Path, all)).Select(x => new { x.Id, x.Path }).ToListAsync(ct);
        return pathsOf.ToDictionary(kv => kv.Key,
            kv => rows.Where(r => kv.Value.Any(p => r.Path.StartsWith(p, StringComparison.Ordinal))).Select(r => r.Id).ToHashSet());
    }

    /// <summary>
    /// <see cref="RollUpPathsAsync(Unit, CancellationToken)"/> for each of several units, reading the lineage once.
    /// </summary>
    public async Task<Dictionary<int, List<string>>> RollUpPathsAsync(IReadOnlyList<Unit> units, CancellationToken ct = default)
    {
        var pathsOf = new Dictionary<int, List<string>>();
        if (units.Count == 1)
        {
            pathsOf[units[0].Id] = await RollUpPathsAsync(units[0], ct);
        }
        else
        {
            // The links of the whole country are few (one per merged or split unit): read them once and follow
            // each unit's chains in memory, as PredecessorsOfSubtreeAsync does with one query per step.
            var links = await db.LineageLinks.AsNoTracking()
                .Where(l => l.Kind == LineageLinkKind.Succession && l.IsPrimary)
                .Select(l => new { l.FromUnitId, FromPath = l.FromUnit!.Path, l.ToUnitId, ToPath = l.ToUnit!.Path })
                .ToListAsync(ct);
            var byTarget = links.ToLookup(l => l.ToUnitId);
            foreach (var u in units)
            {
                var found = new Dictionary<int, string>();
                var frontier = links.Where(l => l.ToPath.StartsWith(u.Path, StringComparison.Ordinal)).ToList();
                while (frontier.Count > 0)
                {
                    var fresh = frontier.Where(f => !f.FromPath.StartsWith(u.Path, StringComparison.Ordinal) && found.TryAdd(f.FromUnitId, f.FromPath))
                        .Select(f => f.FromUnitId).ToList();
                    frontier = fresh.SelectMany(id => byTarget[id]).ToList();
                }
                pathsOf[u.Id] = [u.Path, .. found.Values];
            }
        }
        return pathsOf;
    }

    /// <summary>Every lineage event that touched the unit, oldest first.</summary>
    public Task<List<LineageEvent>> HistoryAsync(Unit unit, CancellationToken ct = default) =>
        db.LineageEvents.AsNoTracking()
            .Where(e => e.Links.Any(l => l.FromUnitId == unit.Id || l.ToUnitId == unit.Id))
            .Include(e => e.Links).ThenInclude(l => l.FromUnit)
            .Include(e => e.Links).ThenInclude(l => l.ToUnit)
            .OrderBy(e => e.EffectiveDate).ThenBy(e => e.Id)
            .ToListAsync(ct);
}

public sealed record TreeNode(int Id, string Code, string Name, UnitKind Kind, int? ParentId, DateOnly? ValidFrom, DateOnly? ValidTo, bool IsRemoteArea);

using System.Linq.Expressions;

namespace Grassroots.Web.Kernel.Units;

/// <summary>
/// The one place that decides whether the caller may see or change a unit's data. A role on a unit
/// reaches that unit's subtree (by materialised path) and the units whose records passed to that
/// subtree through lineage (the communes merged into it), and nothing else.
/// </summary>
public sealed class UnitScope(AppDbContext db, CurrentUser user, UnitLineage lineage)
{
    private IReadOnlyList<ScopeGrant>? _grants;

    public sealed record ScopeGrant(Role Role, int UnitId, string Path);

    public async Task<IReadOnlyList<ScopeGrant>> GrantsAsync(CancellationToken ct = default)
    {
        if (_grants is not null)
        {
            return _grants;
        }
        if (user.Id is not { } userId)
        {
            return _grants = [];
        }
        var direct = await db.RoleGrants.AsNoTracking()
            .Where(g => g.UserId == userId && g.User!.IsActive)
            .Select(g => new ScopeGrant(g.Role, g.UnitId, g.Unit!.Path))
            .ToListAsync(ct);
        var all = new List<ScopeGrant>(direct);
        foreach (var grant in direct)
        {
            foreach (var (id, path) in await lineage.PredecessorsOfSubtreeAsync(grant.Path, ct))
            {
                all.Add(new ScopeGrant(grant.Role, id, path));
            }
        }
        return _grants = all;
    }

    /// <summary>
    /// Whether the caller holds <paramref name="permission"/> on the unit: through a role on the unit or a unit above it,
    /// except a denouncer's identity (<see cref="Permission.RevealConfidential"/>), which reaches no further than the unit
    /// the role is held on (or one merged into it): the head of the unit holding the letter, not the province's.
    /// </summary>
    public async Task<bool> CanAsync(Unit unit, Permission permission, CancellationToken ct = default) =>
        (await GrantsAsync(ct)).Any(g => g.Role.Grants(permission)
            && (permission == Permission.RevealConfidential ? g.UnitId == unit.Id : unit.IsInSubtreeOf(g.Path)));

    /// <summary>True when the caller holds <paramref name="permission"/> on some unit (for menus).</summary>
    public async Task<bool> HasAnywhereAsync(Permission permission, CancellationToken ct = default) =>
        (await GrantsAsync(ct)).Any(g => g.Role.Grants(permission));

    public async Task RequireAsync(Unit unit, Permission permission, CancellationToken ct = default)
    {
        if (!await CanAsync(unit, permission, ct))
        {
            throw DomainException.Forbidden("Auth.ForbiddenUnit", unit.Name);
        }
    }

    /// <summary>The unit with this code, if the caller holds the permission on it: 404 when absent, 403 when out of reach.</summary>
    public async Task<Unit> RequireAsync(string code, Permission permission, CancellationToken ct = default)
    {
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Code == code, ct)
            ?? throw DomainException.NotFound("Unit.NotFound", code);
        await RequireAsync(unit, permission, ct);
        return unit;
    }

    /// <summary>Keeps only the rows whose unit path lies in the caller's reach for the permission.</summary>
    public async Task<IQueryable<T>> FilterAsync<T>(IQueryable<T> query, Expression<Func<T, string>> unitPath,
        Permission permission = Permission.View, CancellationToken ct = default)
    {
        var prefixes = (await GrantsAsync(ct)).Where(g => g.Role.Grants(permission)).Select(g => g.Path);
        return query.Where(UnitPaths.Within(unitPath, prefixes));
    }

    /// <summary>
    /// The one scoped list filter: the rows in the caller's reach for the permission, and, when the list asks for a unit
    /// (<paramref name="unitCode"/>, e.g. <c>?unit=20611</c>), only those of that unit's subtree (403 when it is out of reach).
    /// </summary>
    public async Task<IQueryable<T>> ListAsync<T>(IQueryable<T> query, Expression<Func<T, string>> unitPath, string? unitCode,
        Permission permission = Permission.View, CancellationToken ct = default)
    {
        query = await FilterAsync(query, unitPath, permission, ct);
        if (string.IsNullOrWhiteSpace(unitCode))
        {
            return query;
        }
        var unit = await RequireAsync(Text.Clean(unitCode), permission, ct);
        return query.Where(UnitPaths.Within(unitPath, [unit.Path]));
    }

    public Task<IQueryable<Unit>> VisibleUnitsAsync(Permission permission = Permission.View, CancellationToken ct = default) =>
        FilterAsync(db.Units.AsQueryable(), u => u.Path, permission, ct);

}

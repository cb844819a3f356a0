using Grassroots.Web.Modules.Home.Contracts;

namespace Grassroots.Web.Modules.Home;

public sealed record HomeGrant(Role Role, string UnitCode, string UnitName);

/// <summary>
/// What a person's landing page shows: who they are, the roles they hold and how far they reach, and the work waiting for
/// them (<see cref="Work"/>: each module's <see cref="IMyWorkSource"/>, over the units their roles reach).
/// </summary>
public sealed record Landing(string FullName, IReadOnlyList<HomeGrant> Grants, int VisibleUnits, bool CanManageAccounts, bool CanViewAudit,
    IReadOnlyList<MyWorkGroup> Work);

public sealed class LandingReader(AppDbContext db, CurrentUser user, UnitScope scope, IEnumerable<IMyWorkSource> sources)
{
    public async Task<Landing> ReadAsync(CancellationToken ct)
    {
        var fullName = await db.Users.AsNoTracking().Where(u => u.Id == user.Id).Select(u => u.FullName).FirstAsync(ct);
        var grants = await db.RoleGrants.AsNoTracking().Where(g => g.UserId == user.Id).OrderBy(g => g.Id)
            .Select(g => new HomeGrant(g.Role, g.Unit!.Code, g.Unit.Name)).ToListAsync(ct);
        var work = new List<MyWorkGroup>();
        if (grants.Count > 0)
        {
            // One after another: the sources share this request's database context.
            foreach (var source in sources)
            {
                if (await source.ReadAsync(ct) is { } group)
                {
                    work.Add(group);
                }
            }
        }
        return new Landing(fullName, grants, await (await scope.VisibleUnitsAsync(Permission.View, ct)).CountAsync(ct),
            await scope.HasAnywhereAsync(Permission.ManageAccounts, ct), await scope.HasAnywhereAsync(Permission.ViewAudit, ct),
            work.OrderBy(g => g.Order).ToList());
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Grassroots.Web.Modules.Home;

public sealed record HomeGrant(Role Role, string UnitCode, string UnitName);

public sealed class IndexModel(AppDbContext db, CurrentUser user, UnitScope scope) : PageModel
{
    public string FullName { get; private set; } = "";
    public List<HomeGrant> Grants { get; private set; } = [];
    public int VisibleUnits { get; private set; }
    public bool CanManageAccounts { get; private set; }
    public bool CanViewAudit { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var grants = db.Set<RoleGrant>();
        var me = await db.Users.AsNoTracking().Where(u => u.Id == user.Id)
            .Select(u => new { u.FullName, Grants = grants.Where(g => g.UserId == u.Id).Select(g => new HomeGrant(g.Role, g.Unit!.Code, g.Unit.Name)).ToList() })
            .FirstAsync(ct);
        if (me.Grants.Count == 0)
        {
            // A citizen's account (a household representative's) holds no role: its home is the household's page.
            return Redirect("/my/household");
        }
        FullName = me.FullName;
        Grants = me.Grants;
        VisibleUnits = await (await scope.VisibleUnitsAsync(Permission.View, ct)).CountAsync(ct);
        CanManageAccounts = await scope.HasAnywhereAsync(Permission.ManageAccounts, ct);
        CanViewAudit = await scope.HasAnywhereAsync(Permission.ViewAudit, ct);
        return Page();
    }
}

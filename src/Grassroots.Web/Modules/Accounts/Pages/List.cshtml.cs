using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Grassroots.Web.Modules.Accounts.Pages;

public sealed class ListModel(AccountAccess access, UnitScope scope) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    public List<AccountSummary> Accounts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!await scope.HasAnywhereAsync(Permission.ManageAccounts, ct))
        {
            throw DomainException.Forbidden("Auth.NoAccountsAccess");
        }
        var query = await access.ManageableAsync(ct);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Text.Clean(Q).ToLowerInvariant();
#pragma warning disable CA1304, CA1311 // inside a query: translated to SQL lower(), no .NET culture involved
            query = query.Where(a => a.User.UserName!.Contains(q) || a.User.FullName.ToLower().Contains(q) || a.Home.Code == q);
#pragma warning restore CA1304, CA1311
        }
        Accounts = await query.AsNoTracking().OrderBy(a => a.Home.Path).ThenBy(a => a.User.UserName).Take(500)
            .Select(a => new AccountSummary(a.User.Id, a.User.UserName!, a.User.FullName, a.User.Position, a.Home.Code, a.Home.Name, a.User.IsActive))
            .ToListAsync(ct);
    }
}

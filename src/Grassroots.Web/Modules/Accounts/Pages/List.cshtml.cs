using Grassroots.Web.Platform;
using Grassroots.Web.Platform.Auth;
using Grassroots.Web.Platform.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

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
            query = query.Where(u => u.UserName!.Contains(q) || u.FullName.ToLower().Contains(q) || u.HomeUnit!.Code == q);
#pragma warning restore CA1304, CA1311
        }
        Accounts = await query.AsNoTracking().OrderBy(u => u.HomeUnit!.Path).ThenBy(u => u.UserName).Take(500)
            .Select(u => new AccountSummary(u.Id, u.UserName!, u.FullName, u.Position, u.HomeUnit!.Code, u.HomeUnit.Name, u.IsActive))
            .ToListAsync(ct);
    }
}

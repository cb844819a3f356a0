using Grassroots.Web.Platform.Auth;
using Grassroots.Web.Platform.Data;
using Grassroots.Web.Platform.Http;
using Microsoft.EntityFrameworkCore;

namespace Grassroots.Web.Modules.Accounts;

/// <summary>An account is managed by the administrators of its home unit (through <see cref="UnitScope"/>).</summary>
public sealed class AccountAccess(AppDbContext db, UnitScope scope)
{
    public async Task<AppUser> RequireManageAsync(Guid userId, CancellationToken ct = default)
    {
        var account = await db.Users.Include(u => u.HomeUnit).FirstOrDefaultAsync(u => u.Id == userId, ct)
            ?? throw DomainException.NotFound("Account.NotFound");
        await scope.RequireAsync(account.HomeUnit!, Permission.ManageAccounts, ct);
        return account;
    }

    public async Task<IQueryable<AppUser>> ManageableAsync(CancellationToken ct = default) =>
        await scope.FilterAsync(db.Users.AsQueryable(), u => u.HomeUnit!.Path, Permission.ManageAccounts, ct);
}

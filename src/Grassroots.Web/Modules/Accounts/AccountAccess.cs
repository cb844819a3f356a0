namespace Grassroots.Web.Modules.Accounts;

/// <summary>An account is managed by the administrators of its home unit (through <see cref="UnitScope"/>).</summary>
[Scoped]
public sealed class AccountAccess(AppDbContext db, UnitScope scope)
{
    public async Task<AppUser> RequireManageAsync(Guid userId, CancellationToken ct = default)
    {
        var account = await db.UnitAccounts.FirstOrDefaultAsync(a => a.User.Id == userId, ct)
            ?? throw DomainException.NotFound("Account.NotFound");
        await scope.RequireAsync(account.Home, Permission.ManageAccounts, ct);
        return account.User;
    }

    public async Task<IQueryable<UnitAccount>> ManageableAsync(CancellationToken ct = default) =>
        await scope.FilterAsync(db.UnitAccounts, a => a.Home.Path, Permission.ManageAccounts, ct);
}

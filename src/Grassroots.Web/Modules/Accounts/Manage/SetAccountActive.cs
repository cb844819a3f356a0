using Microsoft.AspNetCore.Identity;

namespace Grassroots.Web.Modules.Accounts.Manage;

/// <summary>
/// An administrator locks or unlocks an account. Locking ends the account at once: its sessions (the security stamp changes,
/// and every page checks it) and its API tokens (revoked).
/// </summary>
public sealed class SetAccountActive(AppDbContext db, AccountAccess access, CurrentUser user, UserManager<AppUser> users, TimeProvider clock)
{
    public async Task HandleAsync(Guid userId, bool active, CancellationToken ct = default)
    {
        if (userId == user.Id && !active)
        {
            throw DomainException.Invalid("Account.CannotLockSelf");
        }
        var account = await access.RequireManageAsync(userId, ct);
        account.IsActive = active;
        if (!active)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.ApiTokens.Where(t => t.UserId == userId && t.RevokedAt == null).ForEachAsync(t => t.RevokedAt = now, ct);
            await users.UpdateSecurityStampAsync(account); // saves the account, the lock and the revoked tokens together
            return;
        }
        await db.SaveChangesAsync(ct);
    }
}

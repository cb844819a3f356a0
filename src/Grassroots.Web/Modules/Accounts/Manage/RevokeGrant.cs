namespace Grassroots.Web.Modules.Accounts.Manage;

/// <summary>Takes a role back; the same reach is needed as to grant it.</summary>
public sealed class RevokeGrant(AppDbContext db, UnitScope scope, AccountAccess access)
{
    public async Task HandleAsync(Guid userId, int grantId, CancellationToken ct = default)
    {
        var grant = await db.RoleGrants.Include(g => g.Unit).FirstOrDefaultAsync(g => g.Id == grantId && g.UserId == userId, ct)
            ?? throw DomainException.NotFound("Grant.NotFound");
        await access.RequireManageAsync(userId, ct);
        await scope.RequireAsync(grant.Unit!, Permission.ManageAccounts, ct);
        db.RoleGrants.Remove(grant);
        await db.SaveChangesAsync(ct);
    }
}

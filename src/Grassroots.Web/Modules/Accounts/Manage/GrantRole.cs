
namespace Grassroots.Web.Modules.Accounts.Manage;

public sealed record GrantRoleRequest(string? UnitCode, Role? Role);

/// <summary>Grants a role on a unit; the granting administrator must reach both the account and the unit.</summary>
public sealed class GrantRole(AppDbContext db, UnitScope scope, AccountAccess access, TimeProvider clock)
{
    public async Task<RoleGrant> HandleAsync(Guid userId, GrantRoleRequest request, CancellationToken ct = default)
    {
        new Validation()
            .Text(request.UnitCode, "unitCode", Unit.CodeMaxLength)
            .Require(request.Role is not null, "role", "Validation.Required")
            .ThrowIfInvalid();
        var account = await access.RequireManageAsync(userId, ct);
        var unit = await scope.RequireAsync(Text.Clean(request.UnitCode), Permission.ManageAccounts, ct);
        var role = request.Role!.Value;
        if (await db.RoleGrants.AnyAsync(g => g.UserId == account.Id && g.UnitId == unit.Id && g.Role == role, ct))
        {
            throw DomainException.Conflict("Grant.Exists", role, unit.Name);
        }
        var grant = new RoleGrant { UserId = account.Id, UnitId = unit.Id, Role = role, GrantedAt = clock.GetUtcNow().UtcDateTime };
        db.RoleGrants.Add(grant);
        await db.SaveChangesAsync(ct);
        return grant;
    }
}

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

/// <summary>Locks or unlocks an account; a locked account can neither sign in nor use its tokens.</summary>
public sealed class SetAccountActive(AppDbContext db, AccountAccess access, CurrentUser user)
{
    public async Task HandleAsync(Guid userId, bool active, CancellationToken ct = default)
    {
        if (userId == user.Id && !active)
        {
            throw DomainException.Invalid("Account.CannotLockSelf");
        }
        var account = await access.RequireManageAsync(userId, ct);
        account.IsActive = active;
        await db.SaveChangesAsync(ct);
    }
}

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

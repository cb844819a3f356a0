namespace Grassroots.Web.Modules.Accounts.Tokens;

/// <summary>Revokes a token: its owner may, and so may an administrator of every unit the owner holds a role on.</summary>
public sealed class RevokeToken(AppDbContext db, CurrentUser user, AccountAccess access, TimeProvider clock)
{
    public async Task HandleAsync(Guid tokenId, CancellationToken ct = default)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == tokenId, ct)
            ?? throw DomainException.NotFound("Token.NotFound");
        if (token.UserId != user.Id)
        {
            await access.RequireManageAsync(token.UserId, ct);
        }
        if (token.RevokedAt is not null)
        {
            return;
        }
        token.RevokedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }
}

using Grassroots.Web.Platform.Audit;

namespace Grassroots.Web.Modules.Accounts;

public sealed record AccountSummary(Guid Id, string UserName, string FullName, string? Position, string HomeUnitCode, string HomeUnitName, bool IsActive);

public sealed record AccountDetail(Guid Id, string UserName, string FullName, string? Position, string? Email, string? PhoneNumber,
    string HomeUnitCode, bool IsActive, IReadOnlyList<GrantDto> Grants);

/// <summary>
/// Every list and view of accounts: the accounts whose home unit the caller administers; one account with its personal
/// details (a read by anyone but the owner is a confidential read, audited); the caller's own account and tokens.
/// </summary>
public sealed class AccountReader(AppDbContext db, AccountAccess access, UnitScope scope, CurrentUser user, AuditRecorder audit)
{
    /// <summary>The accounts the caller manages, by unit; <paramref name="q"/> finds a user name, a name or a unit code.</summary>
    public async Task<List<AccountSummary>> ListAsync(string? q, CancellationToken ct)
    {
        if (!await scope.HasAnywhereAsync(Permission.ManageAccounts, ct))
        {
            throw DomainException.Forbidden("Auth.NoAccountsAccess");
        }
        var query = await access.ManageableAsync(ct);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = Text.Clean(q).ToLowerInvariant();
#pragma warning disable CA1304, CA1311 // inside a query: translated to SQL lower(), no .NET culture involved
            query = query.Where(a => a.User.UserName!.Contains(text) || a.User.FullName.ToLower().Contains(text) || a.Home.Code == text);
#pragma warning restore CA1304, CA1311
        }
        return await query.AsNoTracking().OrderBy(a => a.Home.Path).ThenBy(a => a.User.UserName).Take(500)
            .Select(a => new AccountSummary(a.User.Id, a.User.UserName!, a.User.FullName, a.User.Position, a.Home.Code, a.Home.Name, a.User.IsActive))
            .ToListAsync(ct);
    }

    public async Task<AccountDetail> ReadAsync(Guid id, CancellationToken ct = default)
    {
        var account = await access.RequireManageAsync(id, ct);
        if (user.Id != id)
        {
            db.AuditEntries.Add(audit.ConfidentialRead(account.HomeUnitId, nameof(AppUser), id.ToString(), "Account.PersonalDetails"));
            await db.SaveChangesAsync(ct);
        }
        return new AccountDetail(account.Id, account.UserName!, account.FullName, account.Position, account.Email, account.PhoneNumber,
            (await db.Units.AsNoTracking().FirstAsync(u => u.Id == account.HomeUnitId, ct)).Code, account.IsActive, await GrantsAsync(id, ct));
    }

    /// <summary>The caller's own account and roles.</summary>
    public async Task<MeDto> MeAsync(CancellationToken ct)
    {
        var me = await db.UnitAccounts.AsNoTracking().Where(a => a.User.Id == user.Id)
            .Select(a => new { a.User.Id, UserName = a.User.UserName!, a.User.FullName, a.User.Position, HomeCode = a.Home.Code }).FirstAsync(ct);
        return new MeDto(me.Id, me.UserName, me.FullName, me.Position, me.HomeCode, await GrantsAsync(me.Id, ct));
    }

    /// <summary>The caller's own tokens, newest first.</summary>
    public Task<List<TokenInfo>> TokensAsync(CancellationToken ct) =>
        db.ApiTokens.AsNoTracking().Where(t => t.UserId == user.Id).OrderByDescending(t => t.CreatedAt)
            .Select(t => new TokenInfo(t.Id, t.Name, t.CreatedAt, t.ExpiresAt, t.RevokedAt)).ToListAsync(ct);

    private Task<List<GrantDto>> GrantsAsync(Guid userId, CancellationToken ct) =>
        db.RoleGrants.AsNoTracking().Where(g => g.UserId == userId).OrderBy(g => g.Id)
            .Select(g => new GrantDto(g.Id, g.Role, g.Unit!.Code, g.Unit.Name)).ToListAsync(ct);
}

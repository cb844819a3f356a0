using Grassroots.Web.Modules.Accounts.Manage;
using Grassroots.Web.Platform.Audit;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Grassroots.Web.Modules.Accounts;

public sealed record AccountSummary(Guid Id, string UserName, string FullName, string? Position, string HomeUnitCode, string HomeUnitName, bool IsActive);

public sealed record AccountDetail(Guid Id, string UserName, string FullName, string? Position, string? Email, string? PhoneNumber,
    string HomeUnitCode, bool IsActive, IReadOnlyList<GrantDto> Grants);

public static class AccountsApi
{
    public static RouteGroupBuilder MapAccountsApi(this RouteGroupBuilder api)
    {
        var accounts = api.MapGroup("/accounts").WithTags("Accounts");
        accounts.MapGet("/", List).Requires(Permission.ManageAccounts, "scope").WithSummary("Accounts whose home unit the caller administers.");
        accounts.MapPost("/", Create).Requires(Permission.ManageAccounts, "body:homeUnitCode").WithSummary("Open an account at a unit.");
        accounts.MapGet("/{id:guid}", Get).Requires(Permission.ManageAccounts, "account")
            .WithSummary("One account with its personal details; every read by someone else is audited.");
        accounts.MapPost("/{id:guid}/grants", PostGrant).Requires(Permission.ManageAccounts, "account+body:unitCode").WithSummary("Grant a role on a unit.");
        accounts.MapDelete("/{id:guid}/grants/{grantId:int}", DeleteGrant).Requires(Permission.ManageAccounts, "account").WithSummary("Take a role back.");
        accounts.MapPost("/{id:guid}/lock", Lock).Requires(Permission.ManageAccounts, "account").WithSummary("Lock an account.");
        accounts.MapPost("/{id:guid}/unlock", Unlock).Requires(Permission.ManageAccounts, "account").WithSummary("Unlock an account.");
        return api;
    }

    private static async Task<Ok<List<AccountSummary>>> List(AccountAccess access, CancellationToken ct)
    {
        var query = await access.ManageableAsync(ct);
        return TypedResults.Ok(await query.AsNoTracking().OrderBy(a => a.User.UserName)
            .Select(a => new AccountSummary(a.User.Id, a.User.UserName!, a.User.FullName, a.User.Position, a.Home.Code, a.Home.Name, a.User.IsActive))
            .ToListAsync(ct));
    }

    private static async Task<Created<AccountDetail>> Create(CreateAccountRequest request, CreateAccount handler, AccountReader reader, CancellationToken ct)
    {
        var account = await handler.HandleAsync(request, ct);
        return TypedResults.Created($"/api/v1/accounts/{account.Id}", await reader.ReadAsync(account.Id, ct));
    }

    private static async Task<Ok<AccountDetail>> Get(Guid id, AccountReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.ReadAsync(id, ct));

    private static async Task<Created<GrantDto>> PostGrant(Guid id, GrantRoleRequest request, GrantRole handler, AppDbContext db, CancellationToken ct)
    {
        var grant = await handler.HandleAsync(id, request, ct);
        var unit = await db.Units.FindAsync([grant.UnitId], ct);
        return TypedResults.Created($"/api/v1/accounts/{id}/grants/{grant.Id}", new GrantDto(grant.Id, grant.Role, unit!.Code, unit.Name));
    }

    private static async Task<NoContent> DeleteGrant(Guid id, int grantId, RevokeGrant handler, CancellationToken ct)
    {
        await handler.HandleAsync(id, grantId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Lock(Guid id, SetAccountActive handler, CancellationToken ct)
    {
        await handler.HandleAsync(id, active: false, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> Unlock(Guid id, SetAccountActive handler, CancellationToken ct)
    {
        await handler.HandleAsync(id, active: true, ct);
        return TypedResults.NoContent();
    }
}

/// <summary>Reads an account with its personal details; a read by anyone but the owner is a confidential read and is audited.</summary>
public sealed class AccountReader(AppDbContext db, AccountAccess access, CurrentUser user, AuditRecorder audit)
{
    public async Task<AccountDetail> ReadAsync(Guid id, CancellationToken ct = default)
    {
        var account = await access.RequireManageAsync(id, ct);
        var grants = await db.RoleGrants.AsNoTracking().Where(g => g.UserId == id).OrderBy(g => g.Id)
            .Select(g => new GrantDto(g.Id, g.Role, g.Unit!.Code, g.Unit.Name)).ToListAsync(ct);
        if (user.Id != id)
        {
            db.AuditEntries.Add(audit.ConfidentialRead(account.HomeUnitId, nameof(AppUser), id.ToString(), "Account.PersonalDetails"));
            await db.SaveChangesAsync(ct);
        }
        return new AccountDetail(account.Id, account.UserName!, account.FullName, account.Position, account.Email, account.PhoneNumber,
            (await db.Units.AsNoTracking().FirstAsync(u => u.Id == account.HomeUnitId, ct)).Code, account.IsActive, grants);
    }
}

using Grassroots.Web.Modules.Accounts.Manage;

namespace Grassroots.Web.Modules.Accounts;

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

    private static async Task<Ok<List<AccountSummary>>> List(string? q, AccountReader reader, CancellationToken ct) => TypedResults.Ok(await reader.ListAsync(q, ct));

    private static async Task<Created<AccountDetail>> Create(CreateAccountRequest request, CreateAccount handler, AccountReader reader, CancellationToken ct)
    {
        var account = await handler.HandleAsync(request, ct);
        return TypedResults.Created($"/api/v1/accounts/{account.Id}", await reader.ReadAsync(account.Id, ct));
    }

    private static async Task<Ok<AccountDetail>> Get(Guid id, AccountReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.ReadAsync(id, ct));

    private static async Task<Created<GrantDto>> PostGrant(Guid id, GrantRoleRequest request, GrantRole handler, AccountReader reader, CancellationToken ct)
    {
        var grant = await handler.HandleAsync(id, request, ct);
        return TypedResults.Created($"/api/v1/accounts/{id}/grants/{grant.Id}", (await reader.ReadAsync(id, ct)).Grants.Single(g => g.Id == grant.Id));
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

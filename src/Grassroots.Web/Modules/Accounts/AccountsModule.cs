using Grassroots.Web.Modules.Accounts.Manage;
using Grassroots.Web.Modules.Accounts.Tokens;

namespace Grassroots.Web.Modules.Accounts;

/// <summary>Accounts, the roles they hold on units, and the bearer tokens issued to them.</summary>
public static class AccountsModule
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddScoped<AccountAccess>();
        services.AddScoped<AccountReader>();
        services.AddScoped<IssueToken>();
        services.AddScoped<RevokeToken>();
        services.AddScoped<CreateAccount>();
        services.AddScoped<GrantRole>();
        services.AddScoped<RevokeGrant>();
        services.AddScoped<SetAccountActive>();
        return services;
    }

    public static RouteGroupBuilder MapAccounts(this RouteGroupBuilder api) => api.MapAuthApi().MapAccountsApi();
}

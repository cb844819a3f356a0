namespace Grassroots.Web.Modules.Accounts;

/// <summary>Accounts, the roles they hold on units, and the bearer tokens issued to them.</summary>
public sealed class AccountsModule : IModule
{
    public void Register(ModuleBuilder module)
    {
        module.Services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.Filters.AddService<TwoFactor.TwoFactorEnrolmentFilter>());
        module.MapApi(api => api.MapAuthApi().MapAccountsApi());
        module.Nav(Pillar.Administration, "/accounts", "Nav.Accounts", Permission.ManageAccounts, order: 3);
    }
}

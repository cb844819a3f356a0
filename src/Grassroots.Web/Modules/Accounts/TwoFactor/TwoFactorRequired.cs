using Microsoft.AspNetCore.Mvc.Filters;

namespace Grassroots.Web.Modules.Accounts.TwoFactor;

/// <summary>
/// Administrators and heads sign in with a second factor: who holds either role on any unit must enrol an authenticator
/// app before anything else; until then every page sends them to <c>/account/two-factor</c>, and the API gives them no token.
/// </summary>
[Scoped]
public sealed class TwoFactorRequired(AppDbContext db)
{
    public Task<bool> AppliesToAsync(Guid userId, CancellationToken ct) =>
        db.RoleGrants.AnyAsync(g => g.UserId == userId && (g.Role == Role.Administrator || g.Role == Role.Head), ct);

    /// <summary>True when the account must enrol before it may do anything.</summary>
    public async Task<bool> MustEnrolAsync(Guid userId, CancellationToken ct) =>
        await db.Users.AnyAsync(u => u.Id == userId && !u.TwoFactorEnabled, ct) && await AppliesToAsync(userId, ct);
}

/// <summary>Sends an administrator or a head without a second factor to enrol one, from every page but that one and the sign-out.</summary>
[Scoped]
public sealed class TwoFactorEnrolmentFilter(TwoFactorRequired required, CurrentUser user) : IAsyncPageFilter
{
    private static readonly string[] Open = ["/Accounts/Pages/TwoFactor", "/Accounts/Pages/Logout", "/Accounts/Pages/Login", "/Home/Error"];

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (user.Id is { } id && !Open.Contains(context.ActionDescriptor.ViewEnginePath)
            && await required.MustEnrolAsync(id, context.HttpContext.RequestAborted))
        {
            context.Result = new Microsoft.AspNetCore.Mvc.RedirectResult("/account/two-factor");
            return;
        }
        await next();
    }
}

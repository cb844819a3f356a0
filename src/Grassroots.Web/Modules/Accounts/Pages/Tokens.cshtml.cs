using Grassroots.Web.Modules.Accounts.Tokens;

namespace Grassroots.Web.Modules.Accounts.Pages;

/// <summary>The signed-in person's API tokens: issue one (shown once), see and revoke them.</summary>
public sealed class TokensModel(AccountReader reader, CurrentUser user, IssueToken issue, RevokeToken revoke, UnitScope scope, TimeProvider clock) : AppPageModel
{
    public List<TokenInfo> Tokens { get; private set; } = [];

    /// <summary>The API's documentation is for those who call it: holders of a live token, and administrators.</summary>
    public bool ShowsApiDocs { get; private set; }

    public string? NewSecret { get; private set; }
    [BindProperty] public string? Name { get; set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostIssueAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var token = await issue.IssueAsync(user.Id!.Value, Name, ct);
        NewSecret = token.Secret;
        await LoadAsync(ct);
        return Page();
    });

    public Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct) => RunAsync(async () =>
    {
        await revoke.HandleAsync(id, ct);
        TempData["Flash"] = L["Tokens.Revoked"].Value;
        return RedirectToPage();
    });

    protected override Task OnRefusedAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Tokens = await reader.TokensAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        ShowsApiDocs = Tokens.Any(t => t.RevokedAt is null && t.ExpiresAt > now)
            || (await scope.GrantsAsync(ct)).Any(g => g.Role == Role.Administrator);
    }
}

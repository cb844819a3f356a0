using Grassroots.Web.Modules.Accounts.Tokens;

namespace Grassroots.Web.Modules.Accounts.Pages;

/// <summary>The signed-in person's API tokens: issue one (shown once), see and revoke them.</summary>
public sealed class TokensModel(AccountReader reader, CurrentUser user, IssueToken issue, RevokeToken revoke) : AppPageModel
{
    public List<TokenInfo> Tokens { get; private set; } = [];
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

    private async Task LoadAsync(CancellationToken ct) => Tokens = await reader.TokensAsync(ct);
}

using Grassroots.Web.Modules.Accounts.TwoFactor;

namespace Grassroots.Web.Modules.Accounts.Pages;

/// <summary>Enrol an authenticator app: required for administrators and heads before anything else.</summary>
public sealed class TwoFactorModel(EnrolAuthenticator enrol, TwoFactorRequired required, CurrentUser user) : AppPageModel
{
    public AuthenticatorSetup Setup { get; private set; } = null!;
    public bool Required { get; private set; }
    [BindProperty] public string? Code { get; set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        await enrol.ConfirmAsync(Code, ct);
        Flash = L["TwoFactor.Enabled"];
        return Redirect("/");
    });

    protected override Task OnRefusedAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Setup = await enrol.SetupAsync(ct);
        Required = await required.AppliesToAsync(user.Id!.Value, ct);
    }
}

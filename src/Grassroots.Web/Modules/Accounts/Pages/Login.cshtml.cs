using System.ComponentModel.DataAnnotations;
using Grassroots.Web.Platform.Demo;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Grassroots.Web.Modules.Accounts.Pages;

/// <summary>Sign in with a user name and password, then, for an account with a second factor, the authenticator's code.</summary>
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class LoginModel(SignInWithPassword signIn, IOptions<DemoOptions> demo) : AppPageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(256, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Field.userName")]
    public string? UserName { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(256, ErrorMessage = "Validation.TooLong")]
    [DataType(DataType.Password)]
    [Display(Name = "Field.password")]
    public string? Password { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The second step: the password was right, the code is asked.</summary>
    public bool AskCode { get; private set; }

    /// <summary>On a demo server only: the code the demo accounts' authenticator shows now (README, "Demo accounts").</summary>
    public string? DemoCode => demo.Value.Enabled ? DemoAccounts.CurrentCode() : null;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await RunAsync(async () =>
        {
            if (await signIn.PageAsync(UserName, Password, ct) == SignInStep.Code)
            {
                AskCode = true;
                return Page();
            }
            return Back();
        });
    }

    public Task<IActionResult> OnPostCodeAsync(CancellationToken ct)
    {
        AskCode = true;
        return RunAsync(async () =>
        {
            await signIn.PageCodeAsync(Code, ct);
            return Back();
        });
    }

    private IActionResult Back() => LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
}

using Grassroots.Web.Modules.Accounts.Manage;
using Microsoft.AspNetCore.Identity;

namespace Grassroots.Web.Modules.Accounts.Pages;

/// <summary>The signed-in person changes their password; this session stays signed in, the others end.</summary>
public sealed class PasswordModel(ChangeOwnPassword change, SignInManager<AppUser> signIn) : AppPageModel
{
    [BindProperty] public string? CurrentPassword { get; set; }
    [BindProperty] public string? NewPassword { get; set; }
    [BindProperty] public string? ConfirmPassword { get; set; }

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var account = await change.HandleAsync(new ChangePasswordRequest(CurrentPassword, NewPassword, ConfirmPassword), ct);
        await signIn.RefreshSignInAsync(account);
        TempData["Flash"] = L["Account.PasswordChanged"].Value;
        return RedirectToPage();
    });
}

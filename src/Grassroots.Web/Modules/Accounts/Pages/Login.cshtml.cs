using System.ComponentModel.DataAnnotations;
using Grassroots.Web.Platform.Audit;
using Grassroots.Web.Platform.Ui;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Grassroots.Web.Modules.Accounts.Pages;

public sealed class LoginModel(SignInManager<AppUser> signIn, AppDbContext db, AuditRecorder audit) : AppPageModel
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

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var name = Text.Clean(UserName).ToLowerInvariant();
        var user = await signIn.UserManager.FindByNameAsync(name);
        var result = user is { IsActive: true }
            ? await signIn.PasswordSignInAsync(user, Password!, isPersistent: false, lockoutOnFailure: true)
            : Microsoft.AspNetCore.Identity.SignInResult.Failed;
        db.AuditEntries.Add(audit.SignIn(user?.Id, name, result.Succeeded));
        await db.SaveChangesAsync();
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", L[result.IsLockedOut ? "Auth.LockedOut" : "Auth.WrongPassword"].Value);
            return Page();
        }
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}

using System.ComponentModel.DataAnnotations;
using Grassroots.Web.Platform.Ui;
using Microsoft.AspNetCore.Mvc;

namespace Grassroots.Web.Modules.Accounts.Pages;

public sealed class LoginModel(SignInWithPassword signIn) : AppPageModel
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

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        return await RunAsync(async () =>
        {
            await signIn.HandleAsync(UserName, Password, cookie: true, ct);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        });
    }
}

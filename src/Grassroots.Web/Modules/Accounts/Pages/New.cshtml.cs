using Grassroots.Web.Modules.Accounts.Manage;

namespace Grassroots.Web.Modules.Accounts.Pages;

public sealed class NewAccountModel(UnitPicker picker, CreateAccount handler) : AppPageModel
{
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? FullName { get; set; }
    [BindProperty] public string? Position { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? PhoneNumber { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? HomeUnitCode { get; set; }
    [BindProperty] public Role? Role { get; set; } = Platform.Auth.Role.Officer;

    public List<UnitOption> Options { get; private set; } = [];

    public Task OnGetAsync() => OnRefusedAsync();

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var account = await handler.HandleAsync(new CreateAccountRequest(UserName, FullName, Position, Email, PhoneNumber, Password, HomeUnitCode, Role), ct);
        TempData["Flash"] = L["Accounts.Created", account.UserName!].Value;
        return Redirect($"/accounts/{account.Id}");
    });

    protected override async Task OnRefusedAsync() => Options = await picker.OptionsAsync(Permission.ManageUnits, UnitPick.Any, ct: HttpContext.RequestAborted);
}

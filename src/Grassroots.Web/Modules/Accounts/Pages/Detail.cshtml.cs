using Grassroots.Web.Modules.Accounts.Manage;

namespace Grassroots.Web.Modules.Accounts.Pages;

public sealed class AccountDetailModel(UnitPicker picker, AccountReader reader, GrantRole grant, RevokeGrant revoke, SetAccountActive setActive)
    : AppPageModel
{
    public AccountDetail Account { get; private set; } = null!;
    public List<UnitOption> Options { get; private set; } = [];
    [BindProperty] public string? UnitCode { get; set; }
    [BindProperty] public Role? Role { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnPostGrantAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return await RunAsync(async () =>
        {
            await grant.HandleAsync(id, new GrantRoleRequest(UnitCode, Role), ct);
            TempData["Flash"] = L["Accounts.Granted"].Value;
            return RedirectToPage(new { id });
        }, "");
    }

    public Task<IActionResult> OnPostRevokeAsync(Guid id, int grantId, CancellationToken ct) => Act(id, () => revoke.HandleAsync(id, grantId, ct), "Accounts.GrantRevoked", ct);

    public Task<IActionResult> OnPostLockAsync(Guid id, CancellationToken ct) => Act(id, () => setActive.HandleAsync(id, false, ct), "Accounts.LockedDone", ct);

    public Task<IActionResult> OnPostUnlockAsync(Guid id, CancellationToken ct) => Act(id, () => setActive.HandleAsync(id, true, ct), "Accounts.UnlockedDone", ct);

    private async Task<IActionResult> Act(Guid id, Func<Task> action, string done, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        return await RunAsync(async () =>
        {
            await action();
            TempData["Flash"] = L[done].Value;
            return RedirectToPage(new { id });
        });
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Account = await reader.ReadAsync(id, ct);
        Options = await picker.OptionsAsync(Permission.ManageUnits, UnitPick.Any, ct: ct);
    }
}

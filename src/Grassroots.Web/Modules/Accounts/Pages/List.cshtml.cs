namespace Grassroots.Web.Modules.Accounts.Pages;

public sealed class ListModel(AccountReader reader) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    public List<AccountSummary> Accounts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Accounts = await reader.ListAsync(Q, ct);
}

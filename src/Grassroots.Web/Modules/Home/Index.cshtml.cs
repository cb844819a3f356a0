namespace Grassroots.Web.Modules.Home;

public sealed class IndexModel(LandingReader reader) : PageModel
{
    public Landing Me { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Me = await reader.ReadAsync(ct);
        // A citizen's account (a household representative's) holds no role: its home is the household's page.
        return Me.Grants.Count == 0 ? Redirect("/my/household") : Page();
    }
}

namespace Grassroots.Web.Modules.Directory.Pages;

public sealed class DetailModel(UnitReader reader) : PageModel
{
    public UnitDetail View { get; private set; } = null!;

    public async Task OnGetAsync(string code, CancellationToken ct) => View = await reader.DetailAsync(code, ct);
}

namespace Grassroots.Web.Modules.Decisions.Pages;

/// <summary>A commune-wide matter: every village's verdict and the commune's (docs/legal.md L10-21-1-VILLAGES).</summary>
public sealed class CommuneWideModel(DecisionReader reader) : AppPageModel
{
    public CommuneWideDto? Matter { get; private set; }

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Matter = await reader.CommuneWideAsync(id, ct);
}

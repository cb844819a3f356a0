using Grassroots.Web.Modules.Registers.DanVan;

namespace Grassroots.Web.Modules.Registers.Pages;

/// <summary>A "Dân vận khéo" model on its unit's portal: what it is, who recognised it, where it spread, its photos. No sign-in.</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimits.Portal)]
public sealed class PublicModelModel(ModelReader reader) : PageModel
{
    public ModelDetail? Detail { get; private set; }

    public async Task OnGetAsync(string unitCode, Guid id, CancellationToken ct) => Detail = await reader.PublicAsync(Text.Clean(unitCode), id, ct);

    public async Task<IActionResult> OnGetFileAsync(string unitCode, Guid id, Guid evidenceId, CancellationToken ct) =>
        FileDownloads.Attachment(this, await reader.EvidenceAsync(id, evidenceId, true, Text.Clean(unitCode), ct));
}

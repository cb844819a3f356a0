namespace Grassroots.Web.Modules.Disclosure.Pages;

/// <summary>
/// A disclosure as the public reads it: no sign-in, only what was published on the portal, with its files to download.
/// Files of up to 20 MB are given to anyone, so the page and its files share the portal's limit per address.
/// </summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimits.Portal)]
public sealed class PublicDisclosureModel(DisclosureReader reader) : PageModel
{
    public PortalDisclosureDetail? Item { get; private set; }

    public async Task OnGetAsync(string unitCode, Guid id, CancellationToken ct) => Item = await reader.PublishedOneAsync(unitCode, id, ct);

    public async Task<IActionResult> OnGetFileAsync(string unitCode, Guid id, Guid attachmentId, CancellationToken ct)
    {
        var f = await reader.PublishedFileAsync(unitCode, id, attachmentId, ct);
        return FileDownloads.Attachment(this, f.Content, f.ContentType, f.FileName);
    }
}

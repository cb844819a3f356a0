using Grassroots.Web.Modules.Disclosure.Contracts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Grassroots.Web.Modules.Disclosure.Pages;

/// <summary>A disclosure as the public reads it: no sign-in, only what was published on the portal.</summary>
[Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class PublicDisclosureModel(PortalDisclosures portal) : PageModel
{
    public PortalDisclosureDetail? Item { get; private set; }

    public async Task OnGetAsync(string unitCode, Guid id, CancellationToken ct) => Item = await portal.GetAsync(unitCode, id, ct);
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;

namespace Grassroots.Web.Modules.Home;

/// <summary>
/// <c>/</c>: a citizen who is not signed in finds their commune here (<see cref="FrontDoorReader"/>); an officer gets their
/// landing page; a household representative (an account without roles) their household's page. Read as a portal page
/// (<see cref="RateLimits.Portal"/>): open to anyone, so limited per address like the portal.
/// </summary>
[AllowAnonymous, EnableRateLimiting(RateLimits.Portal)]
public sealed class IndexModel(LandingReader reader, FrontDoorReader door) : PageModel
{
    public Landing? Me { get; private set; }
    public FrontDoor? Door { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? q, string? province, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            Door = await door.ReadAsync(q, province, ct);
            return Page();
        }
        Me = await reader.ReadAsync(ct);
        // A citizen's account (a household representative's) holds no role: its home is the household's page.
        return Me.Grants.Count == 0 ? Redirect("/my/household") : Page();
    }
}

using Microsoft.AspNetCore.Authorization;

namespace Grassroots.Web.Modules.Portal;

/// <summary>
/// The public home of a unit (no sign-in): the sections the modules add to it (<see cref="IPortalSection"/>) — what it
/// disclosed, what it asks opinions on, what its communities decided, its village conventions — in the law's order.
/// A unit that ended (an old commune of the 2025 reform) says so first, and where it went: its page is an archive,
/// not a live portal.
/// It reads from a standby when replicas are configured (a few seconds' lag is fine for the public).
/// </summary>
[AllowAnonymous]
[ReadsFromReplica]
public sealed class HomeModel(UnitDirectory units, IEnumerable<IPortalSection> sections) : PageModel
{
    public PortalUnit? Unit { get; private set; }

    /// <summary>How the unit ended and who took it over; null while it is in being.</summary>
    public PublicUnit? Ended { get; private set; }
    public List<(string View, object Model)> Sections { get; } = [];

    public async Task OnGetAsync(string unitCode, CancellationToken ct)
    {
        var unit = await units.FindAsync(unitCode, ct);
        Unit = new PortalUnit(unit.Id, unit.Code, unit.Name, unit.Path);
        Ended = await units.EndingAsync(unit, ct);
        foreach (var section in sections.OrderBy(s => s.Order))
        {
            Sections.Add((section.View, await section.LoadAsync(Unit, ct)));
        }
    }
}

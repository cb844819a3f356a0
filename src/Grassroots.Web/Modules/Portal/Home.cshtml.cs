using Microsoft.AspNetCore.Authorization;

namespace Grassroots.Web.Modules.Portal;

/// <summary>
/// The public home of a unit (no sign-in): the sections the modules add to it (<see cref="IPortalSection"/>) — what it
/// disclosed, what it asks opinions on, what its communities decided, its village conventions — in the law's order.
/// </summary>
[AllowAnonymous]
public sealed class HomeModel(UnitDirectory units, IEnumerable<IPortalSection> sections) : PageModel
{
    public PortalUnit? Unit { get; private set; }
    public List<(string View, object Model)> Sections { get; } = [];

    public async Task OnGetAsync(string unitCode, CancellationToken ct)
    {
        var unit = await units.FindAsync(unitCode, ct);
        Unit = new PortalUnit(unit.Id, unit.Code, unit.Name, unit.Path);
        foreach (var section in sections.OrderBy(s => s.Order))
        {
            Sections.Add((section.View, await section.LoadAsync(Unit, ct)));
        }
    }
}

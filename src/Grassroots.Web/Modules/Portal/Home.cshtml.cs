using Grassroots.Web.Modules.Consultations.Contracts;
using Grassroots.Web.Modules.Conventions.Contracts;
using Grassroots.Web.Modules.Decisions.Contracts;
using Grassroots.Web.Modules.Disclosure.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Grassroots.Web.Modules.Portal;

/// <summary>The public home of a unit (no sign-in): what it disclosed, what it asks opinions on, what its communities decided,
/// the village conventions in force and the drafts open for comments.</summary>
[AllowAnonymous]
public sealed class HomeModel(AppDbContext db, PortalDisclosures disclosures, PortalConsultations consultations, PortalDecisions decisions,
    PortalConventions conventions) : PageModel
{
    public string UnitCode { get; private set; } = "";
    public string UnitName { get; private set; } = "";
    public List<PortalDisclosure> Disclosures { get; private set; } = [];
    public List<PortalConsultation> Consultations { get; private set; } = [];
    public List<PortalMatter> Decisions { get; private set; } = [];
    public List<PortalConvention> Conventions { get; private set; } = [];

    public async Task OnGetAsync(string unitCode, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().Where(u => u.Code == unitCode).Select(u => new { u.Id, u.Code, u.Name, u.Path }).FirstOrDefaultAsync(ct)
            ?? throw DomainException.NotFound("Unit.NotFound", unitCode);
        (UnitCode, UnitName) = (unit.Code, unit.Name);
        Disclosures = await disclosures.ListAsync(unit.Code, 10, ct);
        Consultations = await consultations.ListAsync(unit.Id, 10, ct);
        Decisions = await decisions.ListAsync(unit.Path, 10, ct);
        Conventions = await conventions.ListAsync(unit.Path, 30, ct);
    }
}

using Grassroots.Web.Platform.Data;
using Grassroots.Web.Platform.Http;
using Microsoft.EntityFrameworkCore;

namespace Grassroots.Web.Modules.Disclosure.Contracts;

public sealed record PortalDisclosure(Guid Id, string Title, string Category, string Article, DateOnly PostedFrom, DateOnly? PostedTo);

public sealed record PortalDisclosureDetail(Guid Id, string UnitCode, string UnitName, string Title, string Body, string Category, string Article,
    DisclosureForms Forms, DateOnly PostedFrom, DateOnly? PostedTo);

/// <summary>What the public portal shows of a unit's disclosures: only those published on the portal.</summary>
public sealed class PortalDisclosures(AppDbContext db)
{
    public async Task<List<PortalDisclosure>> ListAsync(string unitCode, int take, CancellationToken ct)
    {
        var unitId = await db.Units.Where(u => u.Code == unitCode).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct)
            ?? throw DomainException.NotFound("Unit.NotFound", unitCode);
        var rows = await db.Set<Disclosure>().AsNoTracking().Where(d => d.UnitId == unitId)
            .OrderByDescending(d => d.PostedFrom).ThenByDescending(d => d.Id).Take(take * 3)
            .Select(d => new { d.Id, d.Title, d.Forms, Category = d.Category!.Name, d.Category.Article, d.PostedFrom, d.PostedTo })
            .ToListAsync(ct);
        return rows.Where(d => d.Forms.HasFlag(DisclosureForms.Portal)).Take(take)
            .Select(d => new PortalDisclosure(d.Id, d.Title, d.Category, d.Article, d.PostedFrom, d.PostedTo)).ToList();
    }

    public async Task<PortalDisclosureDetail> GetAsync(string unitCode, Guid id, CancellationToken ct)
    {
        var d = await db.Set<Disclosure>().AsNoTracking().Where(x => x.Id == id && x.Unit!.Code == unitCode)
            .Select(x => new PortalDisclosureDetail(x.Id, x.Unit!.Code, x.Unit.Name, x.Title, x.Body, x.Category!.Name, x.Category.Article, x.Forms, x.PostedFrom, x.PostedTo))
            .FirstOrDefaultAsync(ct);
        return d is not null && d.Forms.HasFlag(DisclosureForms.Portal) ? d : throw DomainException.NotFound("Disclosure.NotFound");
    }
}

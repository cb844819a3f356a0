
using Grassroots.Web.Platform.Modules;

namespace Grassroots.Web.Modules.Conventions;

/// <summary>A convention as the portal lists it: the version in force, and a draft open for comments if there is one.</summary>
public sealed record PortalConvention(Guid Id, string CommunityCode, string Community, string Title, int? InForceVersion, DateOnly? InForceSince,
    int? DraftVersion, DateOnly? CommentsUntil);

public sealed record ConventionPortalModel(string UnitCode, IReadOnlyList<PortalConvention> Items);

/// <summary>The portal's section of village conventions under the unit: the texts in force and the drafts open for comments.</summary>
public sealed class ConventionPortalSection(AppDbContext db, TimeProvider clock) : IPortalSection
{
    public int Order => 40;

    public string View => "/Modules/Conventions/Pages/_PortalSection.cshtml";

    public async Task<object> LoadAsync(PortalUnit unit, CancellationToken ct) => new ConventionPortalModel(unit.Code, await ListAsync(unit.Path, 30, ct));

    private async Task<List<PortalConvention>> ListAsync(string unitPath, int take, CancellationToken ct)
    {
        var today = clock.VietnamToday();
        var rows = await db.Set<Convention>().AsNoTracking()
            .Where(c => c.Community!.Path.StartsWith(unitPath) && c.Versions.Any(v => v.Stage == ConventionStage.Recognised
                || (v.Stage == ConventionStage.Commenting && v.PostedOn <= today && v.CommentsUntil >= today)))
            .OrderBy(c => c.Community!.Path).Take(take)
            .Select(c => new
            {
                c.Id,
                c.Community!.Code,
                Community = c.Community.Name,
                c.Title,
                InForce = c.Versions.Where(v => v.Stage == ConventionStage.Recognised).Select(v => new { v.Number, v.DecidedOn }).FirstOrDefault(),
                Draft = c.Versions.Where(v => v.Stage == ConventionStage.Commenting && v.PostedOn <= today && v.CommentsUntil >= today)
                    .Select(v => new { v.Number, v.CommentsUntil }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows.Select(c => new PortalConvention(c.Id, c.Code, c.Community, c.Title, c.InForce?.Number, c.InForce?.DecidedOn, c.Draft?.Number, c.Draft?.CommentsUntil))
            .ToList();
    }
}

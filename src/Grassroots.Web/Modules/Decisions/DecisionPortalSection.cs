using Grassroots.Web.Platform.Modules;

namespace Grassroots.Web.Modules.Decisions;

public sealed record PortalMatter(Guid Id, string Community, string Question, DateOnly OpensOn, DateOnly ClosesOn, bool IsClosed, bool Recognised);

public sealed record DecisionPortalModel(string UnitCode, IReadOnlyList<PortalMatter> Items);

/// <summary>The portal's section of what the communities under the unit decide (Dân quyết định): open votes and results.</summary>
public sealed class DecisionPortalSection(AppDbContext db, TimeProvider clock) : IPortalSection
{
    public int Order => 30;

    public string View => "/Modules/Decisions/Pages/_PortalSection.cshtml";

    public async Task<object> LoadAsync(PortalUnit unit, CancellationToken ct)
    {
        var today = clock.VietnamToday();
        var rows = await db.Set<DecisionMatter>().AsNoTracking().Where(m => m.Community!.Path.StartsWith(unit.Path))
            .OrderByDescending(m => m.OpensOn).ThenByDescending(m => m.Id).Take(10)
            .Select(m => new { m.Id, Community = m.Community!.Name, m.Question, m.OpensOn, m.ClosesOn, m.ClosedAt, m.RecognisedAt }).ToListAsync(ct);
        return new DecisionPortalModel(unit.Code,
            rows.Select(m => new PortalMatter(m.Id, m.Community, m.Question, m.OpensOn, m.ClosesOn, m.ClosedAt is not null || today > m.ClosesOn, m.RecognisedAt is not null)).ToList());
    }
}


namespace Grassroots.Web.Modules.Decisions.Contracts;

public sealed record PortalMatter(Guid Id, string Community, string Question, DateOnly OpensOn, DateOnly ClosesOn, bool IsClosed, bool Recognised);

/// <summary>What other modules may ask of community decisions: the portal's list, and whether a household code belongs to a unit.</summary>
public sealed class PortalDecisions(AppDbContext db, TimeProvider clock)
{
    public async Task<List<PortalMatter>> ListAsync(string unitPath, int take, CancellationToken ct)
    {
        var today = Platform.Clock.VietnamToday(clock);
        var rows = await db.Set<DecisionMatter>().AsNoTracking().Where(m => m.Community!.Path.StartsWith(unitPath))
            .OrderByDescending(m => m.OpensOn).ThenByDescending(m => m.Id).Take(take)
            .Select(m => new { m.Id, Community = m.Community!.Name, m.Question, m.OpensOn, m.ClosesOn, m.ClosedAt, m.RecognisedAt }).ToListAsync(ct);
        return rows.Select(m => new PortalMatter(m.Id, m.Community, m.Question, m.OpensOn, m.ClosesOn, m.ClosedAt is not null || today > m.ClosesOn, m.RecognisedAt is not null)).ToList();
    }

    /// <summary>The household whose code this is, if it lives in a residential community under the unit path.</summary>
    public Task<Guid?> HouseholdUnderAsync(string code, string unitPath, CancellationToken ct) =>
        db.Set<Household>().Where(h => h.VoteCode == code && h.IsActive && h.Community!.Path.StartsWith(unitPath)).Select(h => (Guid?)h.Id).FirstOrDefaultAsync(ct);
}


namespace Grassroots.Web.Modules.Consultations.Contracts;

public sealed record PortalConsultation(Guid Id, string Title, DateOnly OpensOn, DateOnly ClosesOn, long Comments, bool SummaryPublished);

/// <summary>What the portal lists of a unit's consultations: the open ones and those whose summary is out.</summary>
public sealed class PortalConsultations(AppDbContext db, TimeProvider clock)
{
    public async Task<List<PortalConsultation>> ListAsync(int unitId, int take, CancellationToken ct)
    {
        var today = Platform.Clock.VietnamToday(clock);
        return await db.Set<Consultation>().AsNoTracking()
            .Where(c => c.UnitId == unitId && c.OpensOn <= today && (c.ClosesOn >= today || c.SummaryPublishedAt != null))
            .OrderByDescending(c => c.OpensOn).ThenByDescending(c => c.Id).Take(take)
            .Select(c => new PortalConsultation(c.Id, c.Title, c.OpensOn, c.ClosesOn, c.CommentCount, c.SummaryPublishedAt != null)).ToListAsync(ct);
    }
}

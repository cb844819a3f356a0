using Grassroots.Web.Platform.Modules;

namespace Grassroots.Web.Modules.Consultations;

public sealed record PortalConsultation(Guid Id, string Title, DateOnly OpensOn, DateOnly ClosesOn, long Comments, bool SummaryPublished);

public sealed record ConsultationPortalModel(string UnitCode, IReadOnlyList<PortalConsultation> Items);

/// <summary>The portal's section of drafts open for comments (Dân bàn), and those whose summary is out.</summary>
public sealed class ConsultationPortalSection(AppDbContext db, TimeProvider clock) : IPortalSection
{
    public int Order => 20;

    public string View => "/Modules/Consultations/Pages/_PortalSection.cshtml";

    public async Task<object> LoadAsync(PortalUnit unit, CancellationToken ct)
    {
        var today = clock.VietnamToday();
        var items = await db.Set<Consultation>().AsNoTracking()
            .Where(c => c.UnitId == unit.Id && c.OpensOn <= today && (c.ClosesOn >= today || c.SummaryPublishedAt != null))
            .OrderByDescending(c => c.OpensOn).ThenByDescending(c => c.Id).Take(10)
            .Select(c => new PortalConsultation(c.Id, c.Title, c.OpensOn, c.ClosesOn, c.CommentCount, c.SummaryPublishedAt != null)).ToListAsync(ct);
        return new ConsultationPortalModel(unit.Code, items);
    }
}

using Grassroots.Web.Modules.Consultations.Contracts;

namespace Grassroots.Web.Modules.Consultations;

/// <summary>Consultations as other modules see them, through <see cref="IDraftConsultations"/>.</summary>
internal sealed class DraftConsultations(AppDbContext db, CreateConsultation create, RecordReceivedComments record, TimeProvider clock) : IDraftConsultations
{
    public async Task<Guid> OpenAsync(DraftForComments r, CancellationToken ct)
    {
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Code == r.UnitCode, ct) ?? throw DomainException.NotFound("Unit.NotFound", r.UnitCode);
        var consultation = await create.HandleAsync(unit, new CreateConsultationRequest(r.UnitCode, ConsultationSubject.Other, r.Title, r.Body, r.OpensOn, r.ClosesOn,
            Commenters.Residents), ct);
        return consultation.Id;
    }

    public Task RecordCommentsAsync(Guid consultationId, IReadOnlyList<ReceivedComment> comments, CancellationToken ct) =>
        record.HandleAsync(consultationId, comments, ct);

    public async Task<IReadOnlyDictionary<Guid, DraftComments>> GetAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, DraftComments>();
        }
        var today = clock.VietnamToday();
        var rows = await db.Set<Consultation>().AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.Unit!.Code, c.OpensOn, c.ClosesOn, c.CommentCount, c.SummaryPublishedAt }).ToListAsync(ct);
        return rows.ToDictionary(c => c.Id,
            c => new DraftComments(c.Id, c.Code, c.OpensOn, c.ClosesOn, today >= c.OpensOn && today <= c.ClosesOn, c.CommentCount, c.SummaryPublishedAt is not null));
    }
}

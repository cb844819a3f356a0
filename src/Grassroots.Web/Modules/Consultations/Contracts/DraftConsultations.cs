
namespace Grassroots.Web.Modules.Consultations.Contracts;

/// <summary>A draft another module puts out for comments on a unit (a village convention on its community).</summary>
public sealed record DraftForComments(string UnitCode, string Title, string Body, DateOnly OpensOn, DateOnly ClosesOn);

/// <summary>Where the comments on such a draft stand.</summary>
public sealed record DraftComments(Guid Id, string UnitCode, DateOnly OpensOn, DateOnly ClosesOn, bool IsOpen, long Comments, bool SummaryPublished);

/// <summary>
/// Other modules take comments on their drafts through this: the same comment window, portal page, officer entry of
/// opinions given at meetings, and answered summary as every consultation. Residents comment with their name and address.
/// </summary>
public sealed class DraftConsultations(AppDbContext db, RunConsultation run, TimeProvider clock)
{
    public async Task<Guid> OpenAsync(DraftForComments r, CancellationToken ct)
    {
        var consultation = await run.CreateAsync(new CreateConsultationRequest(r.UnitCode, ConsultationSubject.Other, r.Title, r.Body, r.OpensOn, r.ClosesOn,
            Commenters.Residents), ct);
        return consultation.Id;
    }

    public async Task<Dictionary<Guid, DraftComments>> GetAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        var today = clock.VietnamToday();
        var rows = await db.Set<Consultation>().AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.Unit!.Code, c.OpensOn, c.ClosesOn, c.CommentCount, c.SummaryPublishedAt }).ToListAsync(ct);
        return rows.ToDictionary(c => c.Id,
            c => new DraftComments(c.Id, c.Code, c.OpensOn, c.ClosesOn, today >= c.OpensOn && today <= c.ClosesOn, c.CommentCount, c.SummaryPublishedAt is not null));
    }
}

using Grassroots.Web.Modules.Consultations.Contracts;


namespace Grassroots.Web.Modules.Consultations;

public sealed record GroupDto(Guid Id, int Order, string Title, int Comments, GroupAnswer Answer, string Response);

public sealed record ConsultationDto(Guid Id, string UnitCode, string UnitName, ConsultationSubject Subject, string Title, string Body, DateOnly OpensOn, DateOnly ClosesOn,
    Commenters Commenters, bool IsOpen, long CommentCount, IReadOnlyList<GroupDto> Groups, string? SummaryIntro, DateTime? SummaryPublishedAt);

/// <summary>A comment as the public sees it: its text and day, never who wrote it.</summary>
public sealed record CommentDto(Guid Id, string Text, CommentChannel Channel, DateTime ReceivedAt, string? AuthorName);

/// <summary>A page of comments, newest first; <see cref="Next"/> continues after the last one (keyset: cheap on a million rows).</summary>
public sealed record CommentPage(IReadOnlyList<CommentDto> Items, Guid? Next);

/// <summary>Which consultations a list shows: those in the caller's reach, of a unit's subtree, newest first.</summary>
public sealed record ConsultationFilter(string? Unit = null, int Take = 100);

public sealed record PortalConsultation(Guid Id, string Title, DateOnly OpensOn, DateOnly ClosesOn, long Comments, bool SummaryPublished);

/// <summary>
/// Every list and view of consultations, for the API and the pages alike: officers' within their reach, with who
/// commented; the public's on the portal, never who commented, and the answered groups only once the summary is out.
/// </summary>
public sealed class ConsultationReader(AppDbContext db, UnitScope scope, TimeProvider clock)
{
    public const int PageSize = 20;

    public async Task<ConsultationDto> GetAsync(Guid id, CancellationToken ct)
    {
        var c = await db.Set<Consultation>().AsNoTracking().Include(x => x.Unit).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw DomainException.NotFound("Consultation.NotFound");
        await scope.RequireAsync(c.Unit!, Permission.View, ct);
        return await ToDtoAsync(c, publicView: false, ct);
    }

    public async Task<ConsultationDto> GetPublicAsync(string unitCode, Guid id, CancellationToken ct)
    {
        var c = await db.Set<Consultation>().AsNoTracking().Include(x => x.Unit).FirstOrDefaultAsync(x => x.Id == id && x.Unit!.Code == unitCode, ct)
            ?? throw DomainException.NotFound("Consultation.NotFound");
        return await ToDtoAsync(c, publicView: true, ct);
    }

    public async Task<ConsultationDto> GetPublicAsync(Guid id, CancellationToken ct)
    {
        var code = await db.Set<Consultation>().Where(x => x.Id == id).Select(x => x.Unit!.Code).FirstOrDefaultAsync(ct) ?? throw DomainException.NotFound("Consultation.NotFound");
        return await GetPublicAsync(code, id, ct);
    }

    public async Task<List<ConsultationDto>> ListAsync(ConsultationFilter filter, CancellationToken ct)
    {
        var query = await scope.ListAsync(db.Set<Consultation>().AsNoTracking(), c => c.Unit!.Path, filter.Unit, ct: ct);
        var rows = await query.Include(x => x.Unit).OrderByDescending(x => x.OpensOn).ThenByDescending(x => x.Id).Take(filter.Take).ToListAsync(ct);
        var today = clock.VietnamToday();
        return rows.Select(c => new ConsultationDto(c.Id, c.Unit!.Code, c.Unit.Name, c.Subject, c.Title, c.Body, c.OpensOn, c.ClosesOn, c.Commenters, c.IsOpenOn(today),
            c.CommentCount, [], c.SummaryIntro, c.SummaryPublishedAt)).ToList();
    }

    /// <summary>
    /// A page of a consultation's comments in the order they were received, newest first or (<paramref name="oldestFirst"/>)
    /// oldest first; <paramref name="after"/> is the last comment of the page before (the keys follow the receipt time:
    /// <see cref="ConsultationComment.IdFor"/>).
    /// </summary>
    public async Task<CommentPage> CommentsAsync(Guid id, Guid? after, bool withAuthors, CancellationToken ct, bool oldestFirst = false)
    {
        var query = db.Set<ConsultationComment>().AsNoTracking().Where(c => c.ConsultationId == id);
        if (after is { } b)
        {
            query = oldestFirst ? query.Where(c => c.Id.CompareTo(b) > 0) : query.Where(c => c.Id.CompareTo(b) < 0);
        }
        query = oldestFirst ? query.OrderBy(c => c.Id) : query.OrderByDescending(c => c.Id);
        var rows = await query.Take(PageSize + 1)
            .Select(c => new CommentDto(c.Id, c.Text, c.Channel, c.ReceivedAt, withAuthors ? c.AuthorName : null)).ToListAsync(ct);
        return new CommentPage(rows.Take(PageSize).ToList(), rows.Count > PageSize ? rows[PageSize - 1].Id : null);
    }

    /// <summary>Before reading a unit's comments as an officer: the caller must reach the consultation's unit.</summary>
    public async Task RequireAsync(Guid id, CancellationToken ct)
    {
        var unit = await db.Set<Consultation>().Where(x => x.Id == id).Select(x => x.Unit).FirstOrDefaultAsync(ct) ?? throw DomainException.NotFound("Consultation.NotFound");
        await scope.RequireAsync(unit, Permission.View, ct);
    }

    /// <summary>A unit's drafts open for comments today, and those whose summary is out, for its portal.</summary>
    public Task<List<PortalConsultation>> PortalAsync(int unitId, int take, CancellationToken ct)
    {
        var today = clock.VietnamToday();
        return db.Set<Consultation>().AsNoTracking()
            .Where(c => c.UnitId == unitId && c.OpensOn <= today && (c.ClosesOn >= today || c.SummaryPublishedAt != null))
            .OrderByDescending(c => c.OpensOn).ThenByDescending(c => c.Id).Take(take)
            .Select(c => new PortalConsultation(c.Id, c.Title, c.OpensOn, c.ClosesOn, c.CommentCount, c.SummaryPublishedAt != null)).ToListAsync(ct);
    }

    private async Task<ConsultationDto> ToDtoAsync(Consultation c, bool publicView, CancellationToken ct)
    {
        var groups = publicView && c.SummaryPublishedAt is null
            ? []
            : await db.Set<CommentGroup>().AsNoTracking().Where(g => g.ConsultationId == c.Id).OrderBy(g => g.Order)
                .Select(g => new GroupDto(g.Id, g.Order, g.Title, g.Comments, g.Answer, g.Response)).ToListAsync(ct);
        return new ConsultationDto(c.Id, c.Unit!.Code, c.Unit.Name, c.Subject, c.Title, c.Body, c.OpensOn, c.ClosesOn, c.Commenters, c.IsOpenOn(clock.VietnamToday()),
            c.CommentCount, groups, publicView && c.SummaryPublishedAt is null ? null : c.SummaryIntro, c.SummaryPublishedAt);
    }
}

using Grassroots.Web.Modules.Consultations.Contracts;
using Grassroots.Web.Modules.Decisions.Contracts;

namespace Grassroots.Web.Modules.Conventions;

/// <summary>The households' vote on a version, as the Decisions module reports it (tallies only once closed).</summary>
public sealed record VoteDto(Guid MatterId, DateOnly OpensOn, DateOnly ClosesOn, bool IsOpen, bool IsClosed, int Households, int Voted, int InFavour, bool? Approved,
    string? VerdictKey, string? ReasonKey, object[] ReasonArgs, string Citation, DateOnly? DecidedOn);

public sealed record CommentsDto(Guid ConsultationId, string UnitCode, DateOnly OpensOn, DateOnly ClosesOn, bool IsOpen, long Comments, bool SummaryPublished);

/// <summary>One version with the limits that apply to it, each explaining itself.</summary>
public sealed record VersionDto(int Number, ConventionStage Stage, string Text, string? AmendmentSummary, DateTime CreatedAt,
    DateOnly? PostedOn, DateOnly? CommentsUntil, ConventionDeadline? Posting, CommentsDto? Comments, Guid? MatterId, VoteDto? Vote,
    DateOnly? AdoptedOn, int? VotesInFavour, int? HouseholdsAtAdoption, string? VillageHead, string? FrontHead, string? FirstSigner, string? SecondSigner,
    ConventionDeadline? SendFile, DateOnly? FileSentOn, FileDocuments FileDocuments, FileDocuments MissingDocuments, DateOnly? FileCompleteOn,
    ConventionDeadline? Recognition, DateOnly? DecidedOn, string? DecisionNumber, string? RefusalReason, DateOnly? SupersededOn, string? AbandonReason)
{
    public bool IsInForce => Stage == ConventionStage.Recognised;

    /// <summary>The limit this version runs against now, if any (for lists).</summary>
    public ConventionDeadline? Running => Stage switch
    {
        ConventionStage.Commenting => Posting,
        ConventionStage.Adopted => SendFile,
        ConventionStage.FileSent => Recognition,
        _ => null,
    };
}

public sealed record ConventionDto(Guid Id, string CommunityCode, string CommunityName, string CommuneCode, string CommuneName, ConventionKind Kind, string Title,
    VersionDto? InForce, VersionDto? InProgress, IReadOnlyList<VersionDto> Versions);

public sealed record ConventionSummary(Guid Id, string CommunityCode, string CommunityName, ConventionKind Kind, string Title, int? InForceNumber, DateOnly? InForceSince,
    int? InProgressNumber, ConventionStage? InProgressStage, ConventionDeadline? Running);

/// <summary>Which conventions a list shows: those in the caller's reach, of a unit's subtree, by community.</summary>
public sealed record ConventionFilter(string? Unit = null, int Take = 500);

/// <summary>
/// A convention as its officers see it: whether they may move it and recognise it, the roll its signers come from while
/// it is voted, the first day the draft under way may be voted, and how long comments must run on a draft posted today.
/// </summary>
public sealed record ConventionView(ConventionDto Convention, bool CanEdit, bool CanRecognise, IReadOnlyList<CommunityHousehold> Households, DateOnly? FirstVoteDay,
    DateOnly DefaultCommentsUntil);

/// <summary>A convention as the portal lists it: the version in force, and a draft open for comments if there is one.</summary>
public sealed record PortalConvention(Guid Id, string CommunityCode, string Community, string Title, int? InForceVersion, DateOnly? InForceSince,
    int? DraftVersion, DateOnly? CommentsUntil);

/// <summary>
/// Every list and view of village conventions, for the API and the pages alike: officers' within their reach, the
/// public's of the versions that were posted; the comments and the vote as Consultations and Decisions report them.
/// </summary>
public sealed class ConventionReader(AppDbContext db, UnitScope scope, UnitPicker picker, ConventionClock legal, ICommunityVotes votes, IDraftConsultations drafts,
    TimeProvider clock)
{
    public async Task<ConventionDto> GetAsync(Guid id, CancellationToken ct)
    {
        var convention = await db.Set<Convention>().AsNoTracking().Include(c => c.Community).Include(c => c.Versions).FirstOrDefaultAsync(c => c.Id == id, ct)
            ?? throw DomainException.NotFound("Convention.NotFound");
        await scope.RequireAsync(convention.Community!, Permission.View, ct);
        return await ToDtoAsync(convention, publicView: false, ct);
    }

    /// <summary>For the portal: a convention of a community under the unit, with the versions that were made public (posted).</summary>
    public async Task<ConventionDto> GetPublicAsync(string unitCode, Guid id, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == unitCode, ct) ?? throw DomainException.NotFound("Unit.NotFound", unitCode);
        var convention = await db.Set<Convention>().AsNoTracking().Include(c => c.Community).Include(c => c.Versions)
            .FirstOrDefaultAsync(c => c.Id == id && c.Community!.Path.StartsWith(unit.Path), ct)
            ?? throw DomainException.NotFound("Convention.NotFound");
        return await ToDtoAsync(convention, publicView: true, ct);
    }

    public async Task<List<ConventionDto>> ListPublicAsync(string unitCode, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == unitCode, ct) ?? throw DomainException.NotFound("Unit.NotFound", unitCode);
        var rows = await db.Set<Convention>().AsNoTracking().Include(c => c.Community).Include(c => c.Versions)
            .Where(c => c.Community!.Path.StartsWith(unit.Path) && c.Versions.Any(v => v.PostedOn != null))
            .OrderBy(c => c.Community!.Path).Take(200).ToListAsync(ct);
        var list = new List<ConventionDto>();
        foreach (var c in rows)
        {
            list.Add(await ToDtoAsync(c, publicView: true, ct));
        }
        return list;
    }

    public async Task<List<ConventionSummary>> ListAsync(ConventionFilter filter, CancellationToken ct)
    {
        var query = await scope.ListAsync(db.Set<Convention>().AsNoTracking(), c => c.Community!.Path, filter.Unit, ct: ct);
        var rows = await query.Include(c => c.Community).Include(c => c.Versions).OrderBy(c => c.Community!.Path).Take(filter.Take).ToListAsync(ct);
        var list = new List<ConventionSummary>();
        foreach (var c in rows)
        {
            var inForce = c.Versions.FirstOrDefault(v => v.Stage == ConventionStage.Recognised);
            var running = c.Versions.FirstOrDefault(v => v.IsInProgress);
            var deadline = running is null ? null : (await VersionAsync(running, NoComments, [], publicView: false, ct)).Running;
            list.Add(new ConventionSummary(c.Id, c.Community!.Code, c.Community.Name, c.Kind, c.Title, inForce?.Number, inForce?.DecidedOn,
                running?.Number, running?.Stage, deadline));
        }
        return list;
    }

    public async Task<ConventionView> ViewAsync(Guid id, CancellationToken ct)
    {
        var convention = await GetAsync(id, ct);
        var community = await db.Units.AsNoTracking().FirstAsync(u => u.Code == convention.CommunityCode, ct);
        var canEdit = await scope.CanAsync(community, Permission.Edit, ct);
        var today = clock.VietnamToday();
        var households = canEdit && convention.InProgress?.Stage == ConventionStage.Voting ? await votes.HouseholdsAsync(community.Id, ct) : [];
        DateOnly? firstVoteDay = null;
        if (convention.InProgress is { Stage: ConventionStage.Commenting, Posting: { } posting, CommentsUntil: { } until })
        {
            var afterComments = until.AddDays(1);
            firstVoteDay = posting.DueOn > afterComments ? posting.DueOn : afterComments;
            firstVoteDay = firstVoteDay < today ? today : firstVoteDay;
        }
        return new ConventionView(convention, canEdit, await scope.CanAsync(community, Permission.RecogniseDecisions, ct), households, firstVoteDay,
            (await legal.DueAsync(ConventionRuleId.PostDraft, today, ct)).AddDays(-1));
    }

    /// <summary>The communities in the caller's reach that may start a convention: alive, and without one yet.</summary>
    public Task<List<UnitOption>> FreeCommunitiesAsync(CancellationToken ct)
    {
        var taken = db.Set<Convention>().Select(c => c.CommunityId);
        return picker.OptionsAsync(Permission.Edit, UnitPick.Communities, aliveOnly: true, also: u => !taken.Contains(u.Id), ct: ct);
    }

    /// <summary>The texts in force under a unit and the drafts open for comments today, for its portal.</summary>
    public async Task<List<PortalConvention>> PortalAsync(string unitPath, int take, CancellationToken ct)
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

    private static readonly IReadOnlyDictionary<Guid, DraftComments> NoComments = new Dictionary<Guid, DraftComments>();

    private async Task<ConventionDto> ToDtoAsync(Convention c, bool publicView, CancellationToken ct)
    {
        var shown = c.Versions.Where(v => !publicView || v.PostedOn is not null).OrderByDescending(v => v.Number).ToList();
        var comments = await drafts.GetAsync(shown.Where(v => v.ConsultationId is not null).Select(v => v.ConsultationId!.Value).ToList(), ct);
        var voteOf = new Dictionary<Guid, CommunityVote>();
        foreach (var v in shown.Where(v => v.MatterId is not null && v.Stage is ConventionStage.Voting or ConventionStage.Abandoned))
        {
            voteOf[v.MatterId!.Value] = await votes.GetAsync(v.MatterId.Value, ct);
        }
        var versions = new List<VersionDto>();
        foreach (var v in shown)
        {
            versions.Add(await VersionAsync(v, comments, voteOf, publicView, ct));
        }
        var commune = await db.Units.AsNoTracking().Where(u => u.Id == c.Community!.ParentId).Select(u => new { u.Code, u.Name }).FirstOrDefaultAsync(ct);
        return new ConventionDto(c.Id, c.Community!.Code, c.Community.Name, commune?.Code ?? "", commune?.Name ?? "", c.Kind, c.Title,
            versions.FirstOrDefault(v => v.IsInForce), versions.FirstOrDefault(v => v.Stage is ConventionStage.Drafting or ConventionStage.Commenting
                or ConventionStage.Voting or ConventionStage.Adopted or ConventionStage.FileSent), versions);
    }

    private async Task<VersionDto> VersionAsync(ConventionVersion v, IReadOnlyDictionary<Guid, DraftComments> comments, Dictionary<Guid, CommunityVote> voteOf, bool publicView,
        CancellationToken ct)
    {
        var posting = v.PostedOn is { } posted ? await legal.DeadlineAsync(ConventionRuleId.PostDraft, posted, null, ct) : null;
        var sendFile = v.AdoptedOn is { } adopted ? await legal.DeadlineAsync(ConventionRuleId.SendFile, adopted, v.FileSentOn, ct) : null;
        var recognition = v.FileCompleteOn is { } complete
            ? await legal.DeadlineAsync(ConventionRuleId.DecideRecognition, complete, v.Stage is ConventionStage.FileSent ? null : v.DecidedOn, ct)
            : null;
        var c = v.ConsultationId is { } cid && comments.TryGetValue(cid, out var d)
            ? new CommentsDto(d.Id, d.UnitCode, d.OpensOn, d.ClosesOn, d.IsOpen, d.Comments, d.SummaryPublished)
            : null;
        var vote = v.MatterId is { } mid && voteOf.TryGetValue(mid, out var m)
            ? new VoteDto(m.MatterId, m.OpensOn, m.ClosesOn, m.IsOpen, m.IsClosed, m.Households, m.Voted, m.InFavour, m.Approved, m.VerdictKey, m.ReasonKey, m.ReasonArgs,
                m.Citation, m.DecidedOn)
            : null;
        return new VersionDto(v.Number, v.Stage, v.Text, v.AmendmentSummary, v.CreatedAt, v.PostedOn, v.CommentsUntil, posting, c, v.MatterId, vote,
            v.AdoptedOn, v.VotesInFavour, v.HouseholdsAtAdoption, v.VillageHead, v.FrontHead, v.FirstSigner, v.SecondSigner,
            sendFile, v.FileSentOn, v.FileDocuments, v.Stage == ConventionStage.FileSent ? ConventionRules.Missing(v.FileDocuments) : FileDocuments.None, v.FileCompleteOn,
            recognition, v.DecidedOn, v.DecisionNumber, v.RefusalReason, v.SupersededOn,
            publicView ? null : v.AbandonReason);
    }
}

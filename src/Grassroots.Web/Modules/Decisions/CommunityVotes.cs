using Grassroots.Web.Modules.Decisions.Contracts;
using Grassroots.Web.Modules.Decisions.Matters;

namespace Grassroots.Web.Modules.Decisions;

/// <summary>Community decisions as other modules see them, through <see cref="ICommunityVotes"/>.</summary>
internal sealed class CommunityVotes(AppDbContext db, CreateMatter create, RecordHeldMeeting record, DecisionReader reader, CurrentUser user, TimeProvider clock)
    : ICommunityVotes
{
    private const string Approve = "Tán thành";
    private const string Reject = "Không tán thành";

    public async Task<Guid> OpenConventionVoteAsync(ConventionVoteRequest r, CancellationToken ct)
    {
        var community = await db.Units.FirstOrDefaultAsync(u => u.Code == r.CommunityCode, ct) ?? throw DomainException.NotFound("Unit.NotFound", r.CommunityCode);
        var matter = await create.HandleAsync(community, new CreateMatterRequest(r.CommunityCode, DecisionSubject.VillageConvention, r.Question, r.Details,
            [Approve, Reject], DecisionForms.Meeting, BallotChosenByChairman: false, OnlineAgreed: false, r.OpensOn, r.ClosesOn), r.Origin, ct);
        return matter.Id;
    }

    public async Task<Guid> OpenBoardElectionAsync(BoardElectionRequest r, CancellationToken ct)
    {
        var community = await db.Units.FirstOrDefaultAsync(u => u.Code == r.CommunityCode, ct) ?? throw DomainException.NotFound("Unit.NotFound", r.CommunityCode);
        var matter = await create.HandleAsync(community, new CreateMatterRequest(r.CommunityCode, DecisionSubject.Boards, r.Question, r.Details,
            [Approve, Reject], DecisionForms.Meeting, BallotChosenByChairman: false, OnlineAgreed: false, r.OpensOn, r.ClosesOn), r.Origin, ct);
        return matter.Id;
    }

    public Task RecordHeldMeetingAsync(Guid matterId, HeldMeeting meeting, CancellationToken ct) => record.HandleAsync(matterId, meeting, ct);

    public async Task<CommunityVote> GetAsync(Guid matterId, CancellationToken ct)
    {
        var m = await db.Set<DecisionMatter>().AsNoTracking().Include(x => x.Options).FirstOrDefaultAsync(x => x.Id == matterId, ct)
            ?? throw DomainException.NotFound("Decision.NotFound");
        var today = clock.VietnamToday();
        var closed = m.IsClosedOn(today);
        var voted = await db.Set<DecisionVote>().CountAsync(v => v.MatterId == m.Id, ct);
        var result = await reader.ResultAsync(m, ct);
        var first = result.Tallies.FirstOrDefault();
        DateOnly? decidedOn = null;
        if (closed)
        {
            var closedOn = m.ClosedAt is { } at ? Clock.VietnamDay(at) : m.ClosesOn;
            decidedOn = !m.Forms.HasFlag(DecisionForms.HouseholdBallot) && m.MeetingHeldOn is { } held ? held : closedOn;
        }
        // Results stay hidden until the vote closed, as on the decision's own page.
        return new CommunityVote(m.Id, m.OpensOn, m.ClosesOn, !closed && today >= m.OpensOn, closed, result.Households, voted, closed ? first?.Votes ?? 0 : 0,
            closed ? result.Verdict == Verdict.Adopted && result.Winner?.OptionId == first?.OptionId : null,
            closed ? $"Verdict.{result.Verdict}" : null, closed ? result.ReasonKey : null, closed ? result.Args : [], result.Citation, decidedOn, m.RecognisedAt is not null);
    }

    public async Task RecogniseAsync(Guid matterId, DateOnly decidedOn, string note, CancellationToken ct)
    {
        var matter = await db.Set<DecisionMatter>().Include(m => m.Options).FirstOrDefaultAsync(m => m.Id == matterId, ct)
            ?? throw DomainException.NotFound("Decision.NotFound");
        if (!matter.IsClosedOn(clock.VietnamToday()))
        {
            throw DomainException.Conflict("Decision.NotClosed");
        }
        var result = await reader.ResultAsync(matter, ct);
        // Already recognised, or the roll changed since so much that today's count would not carry it: the convention's own decision stands.
        if (matter.RecognisedAt is not null || result.Verdict != Verdict.Adopted)
        {
            return;
        }
        // Recognised on the day of the commune's decision; its hour is known only when that day is today.
        var now = clock.GetUtcNow().UtcDateTime;
        matter.Recognise(decidedOn == Clock.VietnamDay(now) ? now : Clock.StartOfVietnamDay(decidedOn), user.UserName, Text.CleanOrNull(note), null, result);
        await db.SaveChangesAsync(ct);
    }

    public Task<List<CommunityHousehold>> HouseholdsAsync(int communityId, CancellationToken ct) =>
        db.Set<Household>().AsNoTracking().Where(h => h.CommunityId == communityId && h.IsActive).OrderBy(h => h.Number)
            .Select(h => new CommunityHousehold(h.Id, h.Number, h.RepresentativeName)).ToListAsync(ct);
}

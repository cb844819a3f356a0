
namespace Grassroots.Web.Modules.Decisions.Contracts;

/// <summary>A village convention put to the households: the question and the days of the meeting.</summary>
public sealed record ConventionVoteRequest(string CommunityCode, string Question, string? Details, DateOnly OpensOn, DateOnly ClosesOn);

/// <summary>
/// Where a community's vote stands, for another module to act on. <see cref="Approved"/> is known once the vote closed:
/// true when the first option ("Tán thành") won more than half of all households under the validity rule.
/// <see cref="DecidedOn"/> is the day of the meeting that decided it, or the last day of the household ballot.
/// </summary>
public sealed record CommunityVote(Guid MatterId, DateOnly OpensOn, DateOnly ClosesOn, bool IsOpen, bool IsClosed, int Households, int Voted, int InFavour,
    bool? Approved, string? VerdictKey, string? ReasonKey, object[] ReasonArgs, string Citation, DateOnly? DecidedOn, bool Recognised);

/// <summary>A household of the roll, with the representative who may sign for it.</summary>
public sealed record CommunityHousehold(Guid Id, string Number, string RepresentativeName);

/// <summary>
/// What other modules may ask of community decisions (L10 Điều 15–22): put a village convention (matter 3) to the
/// households through the same machinery and validity rule as every other matter, read where the vote stands, and
/// the household roll the convention's signers come from.
/// </summary>
public sealed class CommunityVotes(AppDbContext db, RunDecision run, DecisionReader reader, TimeProvider clock)
{
    public const string Approve = "Tán thành";
    public const string Reject = "Không tán thành";

    /// <summary>A meeting of household representatives (NĐ61 Điều 10: a household ballot only follows a meeting that lacked participation).</summary>
    public async Task<Guid> OpenConventionVoteAsync(ConventionVoteRequest r, CancellationToken ct)
    {
        var matter = await run.CreateAsync(new CreateMatterRequest(r.CommunityCode, DecisionSubject.VillageConvention, r.Question, r.Details, [Approve, Reject],
            DecisionForms.Meeting, BallotChosenByChairman: false, OnlineAgreed: false, r.OpensOn, r.ClosesOn), ct);
        return matter.Id;
    }

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

    /// <summary>The commune's recognition of the convention is the recognition of the vote's result (L10 Điều 21–22).</summary>
    public async Task RecogniseAsync(Guid matterId, string note, CancellationToken ct)
    {
        var matter = await db.Set<DecisionMatter>().AsNoTracking().Include(m => m.Options).FirstOrDefaultAsync(m => m.Id == matterId && m.RecognisedAt == null, ct);
        // Already recognised, or the roll changed since so much that today's count would not carry it: the convention's own decision stands.
        if (matter is null || (await reader.ResultAsync(matter, ct)).Verdict != Verdict.Adopted)
        {
            return;
        }
        await run.RecogniseAsync(matterId, new RecogniseRequest(note), reader, ct);
    }

    public Task<List<CommunityHousehold>> HouseholdsAsync(int communityId, CancellationToken ct) =>
        db.Set<Household>().AsNoTracking().Where(h => h.CommunityId == communityId && h.IsActive).OrderBy(h => h.Number)
            .Select(h => new CommunityHousehold(h.Id, h.Number, h.RepresentativeName)).ToListAsync(ct);
}

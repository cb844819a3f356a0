namespace Grassroots.Web.Modules.Decisions.Contracts;

/// <summary>What another module puts to the households, which the vote's page leads back to: its page ("/conventions/{id}") and its title.</summary>
public sealed record VoteOrigin(string Path, string Title);

/// <summary>A village convention put to the households: the question, the days of the meeting, and the convention it comes from.</summary>
public sealed record ConventionVoteRequest(string CommunityCode, string Question, string? Details, DateOnly OpensOn, DateOnly ClosesOn, VoteOrigin Origin);

/// <summary>
/// The election of a board's members (matter 5 of L10 Điều 15: Ban Thanh tra nhân dân, Ban giám sát đầu tư của cộng
/// đồng) put to the households' meeting of a community: the list of candidates approved or not.
/// </summary>
public sealed record BoardElectionRequest(string CommunityCode, string Question, string? Details, DateOnly OpensOn, DateOnly ClosesOn, VoteOrigin Origin);

/// <summary>One household's show of hands at the meeting: in favour of the draft ("Tán thành") or not.</summary>
public sealed record MeetingVote(Guid HouseholdId, bool InFavour);

/// <summary>A meeting held on paper, entered after the fact: its day, the households present, its minutes and how each household voted.</summary>
public sealed record HeldMeeting(DateOnly HeldOn, int HouseholdsPresent, string Minutes, IReadOnlyList<MeetingVote> Votes);

/// <summary>
/// Where a community's vote stands, for another module to act on. <see cref="Approved"/> is known once the vote closed:
/// true when the first option ("Tán thành") reached the matter's ratio of all households under the validity rule (more
/// than half for a village convention: docs/legal.md L10-21-1-HALF).
/// <see cref="DecidedOn"/> is the day of the meeting that decided it, or the last day of the household ballot.
/// </summary>
public sealed record CommunityVote(Guid MatterId, DateOnly OpensOn, DateOnly ClosesOn, bool IsOpen, bool IsClosed, int Households, int Voted, int InFavour,
    bool? Approved, string? VerdictKey, string? ReasonKey, object[] ReasonArgs, string Citation, DateOnly? DecidedOn, bool Recognised);

/// <summary>A household of the roll, with the representative who may sign for it.</summary>
public sealed record CommunityHousehold(Guid Id, string Number, string RepresentativeName);

/// <summary>
/// What other modules may ask of community decisions (L10 Điều 15–22): put a village convention (matter 3) to the
/// households through the same machinery and validity rule as every other matter, enter a meeting held on paper, read
/// where the vote stands, recognise its result with the convention, and the household roll the signers come from.
/// Each call acts for the calling module, which has checked the caller's reach on the community first.
/// </summary>
public interface ICommunityVotes
{
    /// <summary>A meeting of household representatives (NĐ61 Điều 10: a household ballot only follows a meeting that lacked participation).</summary>
    Task<Guid> OpenConventionVoteAsync(ConventionVoteRequest request, CancellationToken ct);

    /// <summary>The election of a board's members at a meeting of household representatives (matter 5, decided like matters 3 and 4).</summary>
    Task<Guid> OpenBoardElectionAsync(BoardElectionRequest request, CancellationToken ct);

    /// <summary>The meeting was held and minuted on paper: it is entered with its votes, and the vote closes.</summary>
    Task RecordHeldMeetingAsync(Guid matterId, HeldMeeting meeting, CancellationToken ct);

    Task<CommunityVote> GetAsync(Guid matterId, CancellationToken ct);

    /// <summary>
    /// The commune's recognition of the convention, decided on <paramref name="decidedOn"/>, is the recognition of the
    /// vote's result (L10 Điều 21–22). A result already recognised, or one today's roll no longer carries, is left as it is.
    /// </summary>
    Task RecogniseAsync(Guid matterId, DateOnly decidedOn, string note, CancellationToken ct);

    /// <summary>The active households of a community's roll, by number.</summary>
    Task<List<CommunityHousehold>> HouseholdsAsync(int communityId, CancellationToken ct);
}

using Grassroots.Web.Modules.Decisions.Contracts;

namespace Grassroots.Web.Modules.Conventions;

public sealed record PutToVoteRequest(DateOnly? OpensOn, DateOnly? ClosesOn);

/// <summary>
/// The households vote at a meeting (<see cref="ICommunityVotes"/>, L10 Điều 15 matter 3), not before the draft was
/// posted the full period and its comments closed; the vote's page leads back to the convention.
/// </summary>
public sealed class PutToVote(AppDbContext db, ConventionVersions versions, ConventionClock legal, ICommunityVotes votes)
{
    public async Task HandleAsync(Guid id, int number, PutToVoteRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Require(r.OpensOn is not null, "opensOn", "Validation.Required")
            .Require(r.ClosesOn is not null, "closesOn", "Validation.Required")
            .Require(r.OpensOn is null || r.ClosesOn is null || r.ClosesOn >= r.OpensOn, "closesOn", "Decision.WindowInvalid")
            .ThrowIfInvalid();
        var (convention, version) = await versions.LoadAsync(id, number, Permission.Edit, ct);
        ConventionVersions.RequireStage(version, ConventionStage.Commenting);
        var posting = await legal.DeadlineAsync(ConventionRuleId.PostDraft, version.PostedOn!.Value, r.OpensOn, ct);
        if (r.OpensOn < posting.DueOn)
        {
            throw DomainException.Conflict("Convention.PostedTooShort", Platform.Text.Date(version.PostedOn.Value), Platform.Text.Date(posting.DueOn), posting.Citation);
        }
        if (r.OpensOn <= version.CommentsUntil)
        {
            throw DomainException.Conflict("Convention.CommentsStillOpen", Platform.Text.Date(version.CommentsUntil!.Value));
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        version.MatterId = await votes.OpenConventionVoteAsync(VoteOn(convention.Community!.Code, convention, version, r.OpensOn!.Value, r.ClosesOn!.Value), ct);
        version.Stage = ConventionStage.Voting;
        await versions.SaveAsync(ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>The households' vote on a posted version, on the days of its meeting.</summary>
    public static ConventionVoteRequest VoteOn(string communityCode, Convention convention, ConventionVersion version, DateOnly opensOn, DateOnly closesOn) =>
        new(communityCode, ConventionTexts.Subject(convention, version, "Thông qua "), ConventionTexts.VoteDetails(version), opensOn, closesOn,
            new VoteOrigin($"/conventions/{convention.Id}", ConventionTexts.VersionTitle(convention, version)));
}

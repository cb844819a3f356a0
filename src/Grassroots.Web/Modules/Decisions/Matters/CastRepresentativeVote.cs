namespace Grassroots.Web.Modules.Decisions.Matters;

public sealed record RepresentativeVoteRequest(int? OptionId);

/// <summary>
/// The representative votes for the household after signing in with their own account, instead of typing the code.
/// Whatever the path, the household has one voice: the same checks and the same unique index.
/// </summary>
public sealed class CastRepresentativeVote(AppDbContext db, DecisionMatters matters, CurrentUser user)
{
    public async Task HandleAsync(Guid id, RepresentativeVoteRequest r, CancellationToken ct = default)
    {
        new Validation().Require(r.OptionId is not null, "optionId", "Validation.Required").ThrowIfInvalid();
        var household = user.Id is { } account
            ? await db.Set<Household>().AsNoTracking().FirstOrDefaultAsync(h => h.RepresentativeAccountId == account && h.IsActive, ct)
            : null;
        if (household is null)
        {
            throw DomainException.Forbidden("Decision.NotARepresentative");
        }
        var matter = await matters.LoadForOnlineVoteAsync(id, r.OptionId, ct);
        if (household.CommunityId != matter.CommunityId)
        {
            throw DomainException.Forbidden("Decision.HouseholdNotInCommunity", household.Number);
        }
        await matters.CastOnlineAsync(matter, household, r.OptionId!.Value, ct);
    }
}

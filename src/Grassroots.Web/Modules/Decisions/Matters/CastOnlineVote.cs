namespace Grassroots.Web.Modules.Decisions.Matters;

public sealed record OnlineVoteRequest(string? HouseholdCode, int? OptionId);

/// <summary>A household representative votes on the portal with the household's code (matter (6) only, NĐ59 Điều 5).</summary>
public sealed class CastOnlineVote(AppDbContext db, DecisionMatters matters)
{
    public async Task HandleAsync(Guid id, OnlineVoteRequest r, CancellationToken ct = default)
    {
        new Validation()
            .Text(r.HouseholdCode, "householdCode", Household.VoteCodeMaxLength)
            .Require(r.OptionId is not null, "optionId", "Validation.Required")
            .ThrowIfInvalid();
        var matter = await matters.LoadForOnlineVoteAsync(id, r.OptionId, ct);
        var code = Text.Clean(r.HouseholdCode).ToUpperInvariant();
        var household = await db.Set<Household>().AsNoTracking().FirstOrDefaultAsync(h => h.VoteCode == code && h.IsActive, ct);
        if (household is null || household.CommunityId != matter.CommunityId)
        {
            throw DomainException.Invalid("Decision.HouseholdNotInCommunity", code);
        }
        await matters.CastOnlineAsync(matter, household, r.OptionId!.Value, ct);
    }
}

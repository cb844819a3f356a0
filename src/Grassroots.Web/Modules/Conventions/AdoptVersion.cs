using Grassroots.Web.Modules.Decisions.Contracts;

namespace Grassroots.Web.Modules.Conventions;

/// <summary>The signers of the adopted text: the village head, the Front committee head and two household representatives of the roll.</summary>
public sealed record AdoptRequest(string? VillageHead, string? FrontHead, IReadOnlyList<Guid>? SignerHouseholdIds);

/// <summary>Adopted when more than half of all households approved at the closed vote (NĐ61 Điều 10); the signers are recorded.</summary>
public sealed class AdoptVersion(ConventionVersions versions, ICommunityVotes votes)
{
    public async Task HandleAsync(Guid id, int number, AdoptRequest r, CancellationToken ct = default)
    {
        var signers = (r.SignerHouseholdIds ?? []).Distinct().ToList();
        new Validation()
            .Text(r.VillageHead, "villageHead", FieldLength.Name)
            .Text(r.FrontHead, "frontHead", FieldLength.Name)
            .Require(signers.Count == ConventionRules.HouseholdSigners && r.SignerHouseholdIds!.Count == ConventionRules.HouseholdSigners, "signerHouseholdIds", "Convention.TwoSigners")
            .ThrowIfInvalid();
        var (_, version) = await versions.LoadAsync(id, number, Permission.Edit, ct);
        ConventionVersions.RequireStage(version, ConventionStage.Voting);
        var vote = await votes.GetAsync(version.MatterId!.Value, ct);
        if (!vote.IsClosed)
        {
            throw DomainException.Conflict("Convention.VoteNotClosed", Platform.Text.Date(vote.ClosesOn));
        }
        if (vote.Approved != true)
        {
            throw DomainException.Conflict("Convention.NotApproved", vote.InFavour, vote.Households, ConventionRules.AdoptionCitation);
        }
        var roll = await votes.HouseholdsAsync(version.CommunityId, ct);
        var chosen = signers.Select(s => roll.FirstOrDefault(h => h.Id == s)).ToList();
        if (chosen.Any(h => h is null))
        {
            throw DomainException.Invalid("Convention.SignerNotInRoll");
        }
        version.Adopt(vote, Platform.Text.Clean(r.VillageHead), Platform.Text.Clean(r.FrontHead), chosen[0]!, chosen[1]!);
        await versions.SaveAsync(ct);
    }
}

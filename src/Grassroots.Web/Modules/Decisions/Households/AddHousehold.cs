namespace Grassroots.Web.Modules.Decisions.Households;

public sealed record HouseholdRequest(string? Number, string? RepresentativeName, string? Address, bool? IsActive = null);

/// <summary>The commune adds a household to a community's roll, with its representative; the household gets its vote code.</summary>
public sealed class AddHousehold(AppDbContext db, Communities communities, TimeProvider clock)
{
    public async Task<HouseholdDto> HandleAsync(string? communityCode, HouseholdRequest r, CancellationToken ct)
    {
        Validate(r);
        var community = await communities.RequireAsync(communityCode, Permission.Edit, ct);
        var number = Text.Clean(r.Number);
        if (await db.Set<Household>().AnyAsync(h => h.CommunityId == community.Id && h.Number == number, ct))
        {
            throw DomainException.Conflict("Decision.HouseholdNumberTaken", number);
        }
        var household = new Household
        {
            CommunityId = community.Id,
            Number = number,
            RepresentativeName = Text.Clean(r.RepresentativeName),
            Address = Text.CleanOrNull(r.Address),
            VoteCode = Household.NewVoteCode(),
            IsActive = r.IsActive ?? true,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(household);
        await db.SaveChangesAsync(ct);
        return HouseholdDto.Of(household, community.Code, showCode: true);
    }

    /// <summary>What a household's line of the roll holds, whether it is added or changed.</summary>
    public static void Validate(HouseholdRequest r) => new Validation()
        .Text(r.Number, "number", FieldLength.ShortCode)
        .Text(r.RepresentativeName, "representativeName", FieldLength.Name)
        .Text(r.Address, "address", 300, required: false)
        .ThrowIfInvalid();
}

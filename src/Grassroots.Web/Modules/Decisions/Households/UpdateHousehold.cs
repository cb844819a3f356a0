namespace Grassroots.Web.Modules.Decisions.Households;

/// <summary>A new representative or address, or the household leaving the roll. A new representative's predecessor no longer speaks for it.</summary>
public sealed class UpdateHousehold(AppDbContext db, Communities communities, TimeProvider clock, HouseholdConsent consent)
{
    public async Task<HouseholdDto> HandleAsync(Guid id, HouseholdRequest r, CancellationToken ct)
    {
        AddHousehold.Validate(r);
        var household = await communities.RequireHouseholdAsync(id, ct);
        var number = Text.Clean(r.Number);
        if (number != household.Number && await db.Set<Household>().AnyAsync(h => h.CommunityId == household.CommunityId && h.Number == number, ct))
        {
            throw DomainException.Conflict("Decision.HouseholdNumberTaken", number);
        }
        var consentBefore = household.EmailConsentAt;
        household.Number = number;
        var representative = Text.Clean(r.RepresentativeName);
        if (representative != household.RepresentativeName)
        {
            // A new representative: the former one's account no longer speaks for the household.
            household.RepresentativeAccountId = null;
        }
        household.RepresentativeName = representative;
        household.Address = Text.CleanOrNull(r.Address);
        household.IsActive = r.IsActive ?? household.IsActive;
        if (representative != household.RepresentativeName && r.RepresentativeEmail is null)
        {
            // A new representative: the former one's email and consent are not theirs.
            household.RepresentativeEmail = null;
            household.EmailConsentAt = null;
        }
        AddHousehold.SetEmail(household, r, clock.GetUtcNow().UtcDateTime);
        // A consent given now is recorded; one that ended (unticked, a new address or representative) is withdrawn.
        await consent.RecordAsync(household, consentBefore, ct);
        await db.SaveChangesAsync(ct);
        var account = household.RepresentativeAccountId is { } accountId
            ? await db.Users.Where(u => u.Id == accountId).Select(u => u.UserName).FirstOrDefaultAsync(ct)
            : null;
        return HouseholdDto.Of(household, household.Community!.Code, showCode: true, account);
    }
}

namespace Grassroots.Web.Modules.Decisions.Households;

/// <summary>The account stops speaking for the household (it stays, without any reach).</summary>
public sealed class UnlinkRepresentativeAccount(AppDbContext db, Communities communities)
{
    public async Task HandleAsync(Guid householdId, CancellationToken ct)
    {
        var household = await communities.RequireHouseholdAsync(householdId, ct);
        if (household.RepresentativeAccountId is null)
        {
            throw DomainException.Conflict("Decision.NoAccount", household.Number);
        }
        household.RepresentativeAccountId = null;
        await db.SaveChangesAsync(ct);
    }
}

using Grassroots.Web.Modules.Surveys.Responses;

namespace Grassroots.Web.Modules.Surveys.Campaigns;

public sealed record CloseCampaignRequest(int? Version);

/// <summary>
/// The campaign closes: it takes no more answers (the intake checks the status in the transaction that stores them) and
/// its index is published on the unit's portal.
/// </summary>
public sealed class CloseCampaign(AppDbContext db, UnitScope scope, TimeProvider clock, SurveyCampaigns campaigns)
{
    public async Task<SurveyCampaign> HandleAsync(Guid id, CloseCampaignRequest r, CancellationToken ct = default)
    {
        var c = await db.Set<SurveyCampaign>().Include(x => x.Unit).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw DomainException.NotFound("Surveys.CampaignNotFound");
        await scope.RequireAsync(c.Unit!, Permission.Edit, ct);
        if (c.Status == CampaignStatus.Closed)
        {
            throw DomainException.Conflict("Surveys.CampaignClosed");
        }
        if (r.Version is { } v)
        {
            db.Entry(c).Property(x => x.Version).OriginalValue = v;
        }
        c.Status = CampaignStatus.Closed;
        c.ClosedOn = clock.VietnamToday();
        await db.SaveChangesAsync(ct);
        campaigns.Forget(c.PublicCode);
        return c;
    }
}

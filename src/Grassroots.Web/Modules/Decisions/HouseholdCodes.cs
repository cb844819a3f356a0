using Grassroots.Web.Modules.Decisions.Contracts;

namespace Grassroots.Web.Modules.Decisions;

internal sealed class HouseholdCodes(AppDbContext db) : IHouseholdCodes
{
    public Task<Guid?> HouseholdUnderAsync(string code, string unitPath, CancellationToken ct) =>
        db.Set<Household>().Where(h => h.VoteCode == code && h.IsActive && h.Community!.Path.StartsWith(unitPath)).Select(h => (Guid?)h.Id).FirstOrDefaultAsync(ct);
}

using Grassroots.Web.Modules.PersonalData.Contracts;
using Microsoft.Extensions.Localization;

namespace Grassroots.Web.Modules.Decisions;

/// <summary>The households a person represents, for the personal-data search: matched on the exact name, with the email they left. Never the vote code.</summary>
internal sealed class HouseholdPersonalData(AppDbContext db, IStringLocalizer<SharedResource> t) : IPersonalDataSource
{
    public async Task<IReadOnlyList<PersonalRecord>> FindAsync(PersonalDataQuery query, CancellationToken ct)
    {
        if (query.Name is not { } name)
        {
            return [];
        }
        var units = db.Units.Where(UnitPaths.Within<Unit>(u => u.Path, query.UnitPaths)).Select(u => u.Id);
        var rows = await db.Set<Household>().AsNoTracking()
            .Where(h => h.RepresentativeName == name && units.Contains(h.CommunityId))
            .OrderBy(h => h.Community!.Code).ThenBy(h => h.Number)
            .Select(h => new { h.Number, h.RepresentativeName, h.Address, h.RepresentativeEmail, h.IsActive, h.CreatedAt, UnitCode = h.Community!.Code, UnitName = h.Community.Name })
            .ToListAsync(ct);
        return rows.Select(h => new PersonalRecord(PersonalRecordKind.Household, h.Number, h.UnitCode, h.UnitName, Clock.VietnamDay(h.CreatedAt),
                h.RepresentativeName, h.Address, null, h.RepresentativeEmail, null, t["PersonalData.HouseholdRepresentative", h.Number].Value,
                t[h.IsActive ? "PersonalData.HouseholdActive" : "PersonalData.HouseholdInactive"].Value, PersonalKey.Name))
            .ToList();
    }
}

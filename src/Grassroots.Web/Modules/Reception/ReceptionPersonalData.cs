using Grassroots.Web.Modules.PersonalData.Contracts;
using Microsoft.Extensions.Localization;

namespace Grassroots.Web.Modules.Reception;

/// <summary>
/// A person's reception visits, for the personal-data search: matched on the visitor's ID number or exact name. A visit
/// about a denunciation keeps no name, address nor ID number (<see cref="ReceptionVisit.IdentityProtected"/>), so it is
/// never found.
/// </summary>
internal sealed class ReceptionPersonalData(AppDbContext db, IStringLocalizer<SharedResource> t) : IPersonalDataSource
{
    public async Task<IReadOnlyList<PersonalRecord>> FindAsync(PersonalDataQuery query, CancellationToken ct)
    {
        var (idNumber, name) = (query.IdNumber, query.Name);
        if (idNumber is null && name is null)
        {
            return []; // a visit is found by its visitor's ID number or name only
        }
        var units = db.Units.Where(UnitPaths.Within<Unit>(u => u.Path, query.UnitPaths)).Select(u => u.Id);
        var rows = await db.Set<ReceptionVisit>().AsNoTracking()
            .Where(v => !v.IdentityProtected && units.Contains(v.UnitId))
            .Where(v => (idNumber != null && v.VisitorIdNumber == idNumber) || (name != null && v.VisitorName == name))
            .Join(db.Set<ReceptionSession>(), v => v.SessionId, s => s.Id, (v, s) => new
            {
                v.Id, v.VisitorName, v.VisitorAddress, v.VisitorIdNumber, v.Content, v.Outcome, s.HeldOn, UnitCode = s.Unit!.Code, UnitName = s.Unit.Name,
            })
            .OrderBy(x => x.HeldOn).ThenBy(x => x.Id)
            .ToListAsync(ct);
        return rows.Select(v => new PersonalRecord(PersonalRecordKind.ReceptionVisit, v.Id.ToString(), v.UnitCode, v.UnitName, v.HeldOn,
                v.VisitorName, v.VisitorAddress, null, null, v.VisitorIdNumber, v.Content, t[$"VisitOutcome.{v.Outcome}"].Value,
                (idNumber is not null && v.VisitorIdNumber == idNumber ? PersonalKey.IdNumber : PersonalKey.None)
                | (name is not null && v.VisitorName == name ? PersonalKey.Name : PersonalKey.None)))
            .ToList();
    }
}

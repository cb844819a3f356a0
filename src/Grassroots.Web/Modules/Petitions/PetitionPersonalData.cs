using Grassroots.Web.Modules.PersonalData.Contracts;
using Microsoft.Extensions.Localization;

namespace Grassroots.Web.Modules.Petitions;

/// <summary>
/// The letters a person sent, for the personal-data search: matched on the petitioner's phone or exact name. A
/// denunciation is never searched: its author's identity is sealed (<see cref="Petition.ProtectedIdentity"/>, LTC-IDENTITY)
/// and stays so, whoever asks here; an anonymous letter names nobody.
/// </summary>
internal sealed class PetitionPersonalData(AppDbContext db, IStringLocalizer<SharedResource> t) : IPersonalDataSource
{
    public async Task<IReadOnlyList<PersonalRecord>> FindAsync(PersonalDataQuery query, CancellationToken ct)
    {
        if (query.Phone is null && query.Name is null)
        {
            return [];
        }
        var (phone, name) = (query.Phone, query.Name);
        var rows = await db.Set<Petition>().AsNoTracking()
            .Where(p => p.Kind != PetitionKind.Denunciation && !p.IsAnonymous)
            .Where(UnitPaths.Within<Petition>(p => p.Unit!.Path, query.UnitPaths))
            .Where(p => (phone != null && p.PetitionerPhone == phone) || (name != null && p.PetitionerName == name))
            .OrderBy(p => p.ReceivedOn).ThenBy(p => p.TrackingCode)
            .Select(p => new
            {
                p.TrackingCode, p.Kind, p.Status, p.ReceivedOn, p.Subject, p.PetitionerName, p.PetitionerAddress, p.PetitionerPhone, p.PetitionerEmail,
                UnitCode = p.Unit!.Code, UnitName = p.Unit.Name,
            })
            .ToListAsync(ct);
        return rows.Select(p => new PersonalRecord(PersonalRecordKind.Letter, p.TrackingCode, p.UnitCode, p.UnitName, p.ReceivedOn,
                p.PetitionerName, p.PetitionerAddress, p.PetitionerPhone, p.PetitionerEmail, null,
                $"{t[$"PetitionKind.{p.Kind}"].Value}: {p.Subject}", t[$"PetitionStatus.{p.Status}"].Value,
                (phone is not null && p.PetitionerPhone == phone ? PersonalKey.Phone : PersonalKey.None)
                | (name is not null && p.PetitionerName == name ? PersonalKey.Name : PersonalKey.None)))
            .ToList();
    }
}

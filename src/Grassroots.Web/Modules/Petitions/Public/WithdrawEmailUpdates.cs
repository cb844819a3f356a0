using Grassroots.Web.Modules.PersonalData.Contracts;
using Grassroots.Web.Modules.Petitions.Register;

namespace Grassroots.Web.Modules.Petitions.Public;

/// <summary>
/// The citizen withdraws, from the tracking page and without signing in, the consent to news of the letter by email
/// (docs/personal-data.md, Consent). The consent and its end stay recorded; the email stays the contact for the answer
/// the laws require.
/// </summary>
public sealed class WithdrawEmailUpdates(AppDbContext db, IConsents consents)
{
    public async Task HandleAsync(string trackingCode, CancellationToken ct = default)
    {
        var code = PetitionAccess.CleanTrackingCode(trackingCode);
        if (!await db.Set<Petition>().AnyAsync(p => p.TrackingCode == code, ct))
        {
            throw DomainException.NotFound("Petition.TrackingNotFound", code);
        }
        if (!await consents.WithdrawAsync(ConsentPurpose.EmailUpdates, RegisterPetition.ConsentSubject(code), ct))
        {
            throw DomainException.Conflict("Petition.NoEmailUpdates");
        }
    }
}

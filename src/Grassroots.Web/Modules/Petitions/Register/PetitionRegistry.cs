using Grassroots.Web.Modules.Petitions.Contracts;
using Grassroots.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Grassroots.Web.Modules.Petitions.Register;

/// <summary>The petitions register as other modules see it, through <see cref="IPetitionRegistry"/>.</summary>
public sealed class PetitionRegistry(AppDbContext db, RegisterPetition register) : IPetitionRegistry
{
    public async Task<RegisteredLetter> RegisterHandedOverAsync(LetterHandedOver letter, CancellationToken ct)
    {
        var registered = await register.HandleAsync(new RegisterPetitionRequest(letter.UnitCode, letter.Kind, PetitionChannel.InPerson,
            letter.ReceivedOn, null, letter.Content, letter.Signatories, letter.PetitionerName, letter.PetitionerAddress, CaseId: letter.CaseId), ct);
        return new RegisteredLetter(registered.Petition.Id, registered.Petition.CaseId, registered.Petition.TrackingCode);
    }

    public Task<Guid?> CaseOfTrackingCodeAsync(string trackingCode, CancellationToken ct) =>
        db.Set<Petition>().Where(p => p.TrackingCode == trackingCode).Select(p => (Guid?)p.CaseId).FirstOrDefaultAsync(ct);

    public Task<bool> IsCaseOfUnitAsync(Guid caseId, int unitId, CancellationToken ct) =>
        db.Set<PetitionCase>().AnyAsync(c => c.Id == caseId && c.UnitId == unitId, ct);
}

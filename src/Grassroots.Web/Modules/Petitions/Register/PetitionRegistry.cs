using Grassroots.Web.Modules.Petitions.Handle;
using Microsoft.Extensions.Localization;

namespace Grassroots.Web.Modules.Petitions.Register;

/// <summary>The petitions register as other modules see it, through <see cref="IPetitionRegistry"/>.</summary>
public sealed class PetitionRegistry(AppDbContext db, RegisterPetition register, PetitionAccess access, TransferPetition transfer,
    IStringLocalizer<SharedResource> localizer) : IPetitionRegistry
{
    public async Task<RegisteredLetter> RegisterHandedOverAsync(LetterHandedOver letter, CancellationToken ct)
    {
        var registered = await register.HandleAsync(new RegisterPetitionRequest(letter.UnitCode, letter.Kind, PetitionChannel.InPerson,
            letter.ReceivedOn, null, letter.Content, letter.Signatories, letter.PetitionerName, letter.PetitionerAddress, CaseId: letter.CaseId), ct);
        return new RegisteredLetter(registered.Petition.Id, registered.Petition.CaseId, registered.Petition.TrackingCode);
    }

    public Task<TrackedCase?> CaseOfTrackingCodeAsync(string trackingCode, CancellationToken ct) =>
        db.Set<Petition>().Where(p => p.TrackingCode == trackingCode)
            .Select(p => new TrackedCase(p.CaseId, db.Set<Petition>().Any(x => x.CaseId == p.CaseId && x.Kind == PetitionKind.Denunciation)))
            .FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyDictionary<Guid, LetterProgress>> ProgressOfAsync(IReadOnlyCollection<Guid> petitionIds, CancellationToken ct)
    {
        var rows = new List<(Guid Id, string Code, PetitionStatus Status)>();
        foreach (var chunk in petitionIds.Distinct().Chunk(500))
        {
            rows.AddRange((await db.Set<Petition>().AsNoTracking().Where(p => chunk.Contains(p.Id))
                .Select(p => new { p.Id, p.TrackingCode, p.Status }).ToListAsync(ct)).Select(p => (p.Id, p.TrackingCode, p.Status)));
        }
        return rows.ToDictionary(r => r.Id, r => new LetterProgress(r.Code, localizer[$"PetitionStatus.{r.Status}"].Value));
    }

    public async Task<IReadOnlySet<Guid>> InOpenCasesAsync(IReadOnlyCollection<Guid> petitionIds, CancellationToken ct)
    {
        var open = PetitionRetention.OpenCases(db);
        var found = new HashSet<Guid>();
        foreach (var chunk in petitionIds.Distinct().Chunk(500))
        {
            found.UnionWith(await db.Set<Petition>().Where(p => chunk.Contains(p.Id) && open.Contains(p.CaseId)).Select(p => p.Id).ToListAsync(ct));
        }
        return found;
    }

    public Task<bool> IsCaseOfUnitAsync(Guid caseId, int unitId, CancellationToken ct) =>
        db.Set<PetitionCase>().AnyAsync(c => c.Id == caseId && c.UnitId == unitId, ct);

    public async Task<LetterForMediation> LetterForMediationAsync(Guid petitionId, CancellationToken ct)
    {
        var p = await access.LoadAsync(petitionId, Permission.Edit, ct);
        var handOver = p.Kind != PetitionKind.Denunciation && p.Status is PetitionStatus.Received or PetitionStatus.Classified;
        return new LetterForMediation(p.Id, p.TrackingCode, p.UnitId, p.Unit!.Path, p.Kind,
            p.Kind == PetitionKind.Denunciation ? "" : p.PetitionerName ?? "", p.Content, p.ReceivedOn, handOver);
    }

    public async Task HandToMediationAsync(Guid petitionId, string teamName, CancellationToken ct) =>
        await transfer.HandleAsync(petitionId, new TransferPetitionRequest(null, teamName, null), ct);
}
